package cn.gov.finance.perf.admin;

import java.util.Map;

/**
 * Something an administrator did or tried, for the administration audit log: a deployment, a
 * refused validation, a migration, a change to people or organisations, an unlock. Published with
 * Spring's {@code ApplicationEventPublisher} by whoever does it; the audit log records who (the
 * logged-in user, or {@code system}), when (engine clock) and from where (the request's address)
 * itself, in a transaction of its own, so a refusal is recorded even though nothing else is stored.
 *
 * @param action a stable code, {@code <area>.<verb>}: {@code deployment.deployed},
 * {@code deployment.refused}, {@code migration.executed}, {@code user.created}, {@code user.unlocked}, …
 * @param target what it was done to: a deployment id, a process key, a user id, an organisation code
 * @param summary one line a person reads in the log (in Chinese, as stored once)
 * @param details further facts as text (file names, counts, old and new values), shown and exported as they are
 */
public record AdminAuditEvent(String action, String target, String summary, Map<String, String> details) {

	public AdminAuditEvent {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	public static AdminAuditEvent of(String action, String target, String summary) {
		return new AdminAuditEvent(action, target, summary, Map.of());
	}

}
