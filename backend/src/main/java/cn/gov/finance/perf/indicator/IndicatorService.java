package cn.gov.finance.perf.indicator;

import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator library: finance (绩效科) maintains it; departments and units propose indicators,
 * which finance admits or retires.
 */
@Service
public class IndicatorService {

	private final IndicatorRepository indicators;

	private final IndicatorCategoryRepository categories;

	private final IndustryRepository industries;

	IndicatorService(IndicatorRepository indicators, IndicatorCategoryRepository categories,
			IndustryRepository industries) {
		this.indicators = indicators;
		this.categories = categories;
		this.industries = industries;
	}

	public static boolean maintains(AppUser user) {
		return user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.ADMIN);
	}

	@Transactional
	public Indicator create(IndicatorForm form, AppUser user) {
		validate(form);
		if (maintains(user)) {
			return this.indicators.save(new Indicator(form, IndicatorStatus.ACTIVE, user.id(), user.orgCode()));
		}
		if (user.hasAnyRole(Roles.DEPARTMENT, Roles.UNIT)) {
			return this.indicators.save(new Indicator(form, IndicatorStatus.PROPOSED, user.id(), user.orgCode()));
		}
		throw DomainException.forbidden("indicator.createForbidden");
	}

	@Transactional
	public Indicator update(Long id, IndicatorForm form, AppUser user) {
		requireMaintainer(user);
		validate(form);
		Indicator indicator = require(id);
		indicator.apply(form);
		return indicator;
	}

	@Transactional
	public Indicator changeStatus(Long id, IndicatorStatus status, AppUser user) {
		requireMaintainer(user);
		Indicator indicator = require(id);
		indicator.changeStatus(status);
		return indicator;
	}

	public List<Indicator> search(String category, String industry, String text, boolean includeRetired,
			AppUser user) {
		List<IndicatorStatus> statuses = maintains(user)
				? (includeRetired ? List.of(IndicatorStatus.values())
						: List.of(IndicatorStatus.ACTIVE, IndicatorStatus.PROPOSED))
				: List.of(IndicatorStatus.ACTIVE);
		String pattern = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
		return this.indicators.search(blankToNull(category), blankToNull(industry), true, pattern, statuses,
				user.orgCode());
	}

	private void validate(IndicatorForm form) {
		List<FieldMessage> errors = new ArrayList<>();
		this.categories.findById(form.categoryCode())
			.filter(c -> c.getLevelNo() == 2)
			.ifPresentOrElse(c -> {
			}, () -> errors.add(FieldMessage.of("categoryCode", "indicator.level2Category")));
		if (form.industryCode() != null && !form.industryCode().isBlank()
				&& !this.industries.existsById(form.industryCode())) {
			errors.add(FieldMessage.of("industryCode", "indicator.unknownIndustry"));
		}
		if (form.comparator().numeric() && (form.unit() == null || form.unit().isBlank())) {
			errors.add(FieldMessage.of("unit", "indicator.unitRequired"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	private void requireMaintainer(AppUser user) {
		if (!maintains(user)) {
			throw DomainException.forbidden("indicator.maintainForbidden");
		}
	}

	private Indicator require(Long id) {
		return this.indicators.findById(id).orElseThrow(() -> DomainException.notFound("Indicator", id));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
