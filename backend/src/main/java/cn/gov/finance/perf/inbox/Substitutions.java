package cn.gov.finance.perf.inbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave delegation: a user names a substitute for a date range. During it the tasks assigned to
 * the principal (claimed by them, returned or transferred to them, assigned by the model) reach the
 * substitute, if the substitute may do that kind of task: one of the task's candidate groups is the
 * substitute's, or — for a task offered to nobody but the principal — the two share a role. The
 * substitute's actions are recorded as theirs on behalf of the principal. A substitute is a colleague
 * of the same organisation with a role in common.
 */
@Service
public class Substitutions {

	static final int MAX_DAYS = 366;

	private final SubstitutionRepository substitutions;

	private final IdentityDirectory identities;

	private final AppClock clock;

	Substitutions(SubstitutionRepository substitutions, IdentityDirectory identities, AppClock clock) {
		this.substitutions = substitutions;
		this.identities = identities;
		this.clock = clock;
	}

	/** Someone the user stands in for today. */
	public record Principal(String id, String name, Set<String> roles) {
	}

	/** Whom the user stands in for today. */
	@Transactional(readOnly = true)
	public List<Principal> principalsOf(AppUser substitute) {
		LocalDate today = this.clock.today();
		List<Principal> principals = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Substitution s : this.substitutions
			.findBySubstituteAndCancelledAtIsNullAndEndsOnGreaterThanEqualOrderByStartsOnAsc(substitute.id(), today)) {
			if (s.activeOn(today) && seen.add(s.getPrincipal())) {
				this.identities.appUser(s.getPrincipal())
					.ifPresent(p -> principals.add(new Principal(p.id(), p.displayName(), p.roles())));
			}
		}
		return principals;
	}

	/** Who may stand in for the user: colleagues of the same organisation with a role in common. */
	@Transactional(readOnly = true)
	List<IdentityDirectory.Member> candidates(AppUser principal) {
		if (principal.orgCode() == null) {
			return List.of();
		}
		return this.identities.members(Roles.orgGroup(principal.orgCode()))
			.stream()
			.filter(member -> !member.id().equals(principal.id()))
			.filter(member -> this.identities.appUser(member.id())
				.map(u -> u.roles().stream().anyMatch(principal.roles()::contains))
				.orElse(false))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Substitution> ofPrincipal(AppUser user) {
		return this.substitutions.findByPrincipalAndCancelledAtIsNullAndEndsOnGreaterThanEqualOrderByStartsOnAsc(user.id(),
				this.clock.today());
	}

	@Transactional(readOnly = true)
	List<Substitution> ofSubstitute(AppUser user) {
		return this.substitutions.findBySubstituteAndCancelledAtIsNullAndEndsOnGreaterThanEqualOrderByStartsOnAsc(user.id(),
				this.clock.today());
	}

	@Transactional
	Substitution name(AppUser principal, String substituteId, LocalDate from, LocalDate to, String note) {
		List<FieldMessage> errors = new ArrayList<>();
		AppUser substitute = this.identities.appUser(substituteId == null ? null : substituteId.trim()).orElse(null);
		if (substitute == null) {
			errors.add(FieldMessage.of("substitute", "substitute.noSuchUser"));
		}
		else if (substitute.id().equals(principal.id())) {
			errors.add(FieldMessage.of("substitute", "substitute.self"));
		}
		else if (substitute.orgCode() == null || !substitute.orgCode().equals(principal.orgCode())) {
			errors.add(FieldMessage.of("substitute", "substitute.otherOrganisation"));
		}
		else if (substitute.roles().stream().noneMatch(principal.roles()::contains)) {
			errors.add(FieldMessage.of("substitute", "substitute.noCommonRole"));
		}
		LocalDate today = this.clock.today();
		if (from.isBefore(today)) {
			errors.add(FieldMessage.of("startsOn", "substitute.startsBeforeToday"));
		}
		if (to.isBefore(from)) {
			errors.add(FieldMessage.of("endsOn", "substitute.endsBeforeStart"));
		}
		else if (from.plusDays(MAX_DAYS).isBefore(to)) {
			errors.add(FieldMessage.of("endsOn", "substitute.tooLong", MAX_DAYS));
		}
		if (errors.isEmpty() && ofPrincipal(principal).stream().anyMatch(s -> s.overlaps(from, to))) {
			errors.add(FieldMessage.of("startsOn", "substitute.overlaps"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		return this.substitutions.saveAndFlush(new Substitution(principal.id(), substitute.id(), from, to,
				note == null || note.isBlank() ? null : note.trim()));
	}

	@Transactional
	void cancel(AppUser principal, Long id) {
		Substitution s = this.substitutions.findByIdAndPrincipal(id, principal.id())
			.orElseThrow(() -> DomainException.notFound("Substitution", id));
		s.cancel();
	}

}
