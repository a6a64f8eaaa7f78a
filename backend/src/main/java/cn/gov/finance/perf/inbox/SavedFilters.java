package cn.gov.finance.perf.inbox;

import java.util.HashSet;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's saved inbox views: create, rename or change, reorder, delete; each user sees only their own. */
@Service
class SavedFilters {

	static final int MAX_PER_USER = 30;

	private final SavedFilterRepository filters;

	SavedFilters(SavedFilterRepository filters) {
		this.filters = filters;
	}

	@Transactional(readOnly = true)
	List<SavedFilter> of(AppUser user) {
		return this.filters.findByUserIdOrderByPositionAscIdAsc(user.id());
	}

	@Transactional
	SavedFilter create(AppUser user, String name, String query) {
		String trimmed = name.trim();
		if (this.filters.existsByUserIdAndName(user.id(), trimmed)) {
			throw DomainException.invalid("name", "filter.duplicateName", trimmed);
		}
		long count = this.filters.countByUserId(user.id());
		if (count >= MAX_PER_USER) {
			throw DomainException.rule("name", "filter.tooMany", MAX_PER_USER);
		}
		return this.filters.saveAndFlush(new SavedFilter(user.id(), trimmed, normalized(query), (int) count));
	}

	@Transactional
	SavedFilter change(AppUser user, Long id, String name, String query) {
		SavedFilter filter = require(user, id);
		String trimmed = name.trim();
		if (!trimmed.equals(filter.getName()) && this.filters.existsByUserIdAndName(user.id(), trimmed)) {
			throw DomainException.invalid("name", "filter.duplicateName", trimmed);
		}
		filter.change(trimmed, normalized(query));
		return this.filters.saveAndFlush(filter);
	}

	@Transactional
	void delete(AppUser user, Long id) {
		this.filters.delete(require(user, id));
	}

	/** Puts the user's views in the given order; the list must name each of them exactly once. */
	@Transactional
	List<SavedFilter> reorder(AppUser user, List<Long> ids) {
		List<SavedFilter> mine = of(user);
		if (ids.size() != mine.size() || !new HashSet<>(ids).equals(new HashSet<>(mine.stream().map(SavedFilter::getId).toList()))) {
			throw DomainException.invalid("ids", "filter.reorderAll", mine.size());
		}
		for (SavedFilter filter : mine) {
			filter.moveTo(ids.indexOf(filter.getId()));
		}
		this.filters.flush();
		return of(user);
	}

	private SavedFilter require(AppUser user, Long id) {
		return this.filters.findByIdAndUserId(id, user.id()).orElseThrow(() -> DomainException.notFound("Saved filter", id));
	}

	/** The query string without a leading '?', and without paging (a view is where to start). */
	private static String normalized(String query) {
		String q = query.startsWith("?") ? query.substring(1) : query;
		return String.join("&", java.util.Arrays.stream(q.split("&"))
			.filter(part -> !part.isBlank() && !part.startsWith("page="))
			.toList());
	}

}
