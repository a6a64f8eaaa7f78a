package cn.gov.finance.perf.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of each user's password next to Camunda's identity tables: when it was last changed
 * through the application, whether a change is due, and the hashes of the last ones.
 * <ul>
 * <li>A user the application has never seen change a password — the first login of a user created
 * in Camunda Admin or of the {@code admin} created from {@code APP_ADMIN_PASSWORD}, and a password
 * an administrator reset there — must change it first ({@link Reason#FIRST_LOGIN}).</li>
 * <li>A password older than {@code app.password.max-age} (90 days) must be changed ({@link Reason#EXPIRED}).</li>
 * <li>A new password follows {@link PasswordPolicy} and is none of the last
 * {@code app.password.history} (5) passwords.</li>
 * <li>The demo users ({@code APP_DEMO_DATA}) are exempt from the forced change and from expiry.</li>
 * </ul>
 */
@Component
public class Credentials {

	public enum Reason {

		/** Never changed through the application (new user, password set by an administrator). */
		FIRST_LOGIN,
		/** Older than the maximum age. */
		EXPIRED

	}

	private final JdbcTemplate jdbc;

	private final IdentityService identityService;

	private final PasswordPolicy policy;

	private final Duration maxAge;

	private final int history;

	private final BCryptPasswordEncoder hashes = new BCryptPasswordEncoder();

	Credentials(JdbcTemplate jdbc, IdentityService identityService, PasswordPolicy policy,
			@Value("${app.password.max-age:P90D}") Duration maxAge, @Value("${app.password.history:5}") int history) {
		this.jdbc = jdbc;
		this.identityService = identityService;
		this.policy = policy;
		this.maxAge = maxAge;
		this.history = Math.max(history, 1);
	}

	/**
	 * After a correct password: whether it must be changed before the user may work. The password
	 * just typed is remembered, so the forced change cannot keep it.
	 */
	@Transactional
	public Optional<Reason> changeDue(String userId, String password) {
		List<State> states = this.jdbc.query("select * from user_credential where user_id = ?",
				(rs, row) -> new State(SecurityEventLog.instant(rs, "password_changed_at"), rs.getBoolean("must_change"),
						rs.getBoolean("policy_exempt")),
				userId);
		State state = states.isEmpty() ? null : states.get(0);
		if (state != null && state.exempt()) {
			return Optional.empty();
		}
		List<String> recent = recentHashes(userId, 1);
		boolean known = !recent.isEmpty() && this.hashes.matches(password, recent.get(0));
		if (!known) {
			remember(userId, password);
		}
		if (state == null || state.mustChange() || state.changedAt() == null || !known) {
			return Optional.of(Reason.FIRST_LOGIN);
		}
		if (state.changedAt().plus(this.maxAge).isBefore(AppClock.instant())) {
			return Optional.of(Reason.EXPIRED);
		}
		return Optional.empty();
	}

	/** When the password must be changed by, for the user's own view; empty for exempt users. */
	public Optional<Instant> expiresAt(String userId) {
		return this.jdbc
			.query("select password_changed_at from user_credential where user_id = ? and policy_exempt = false",
					(rs, row) -> SecurityEventLog.instant(rs, "password_changed_at"), userId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(changed -> changed.plus(this.maxAge));
	}

	/** Changes the password in Camunda's identity tables if the new one is acceptable; refuses with the fields otherwise. */
	@Transactional
	public void change(String userId, String newPassword) {
		List<FieldMessage> errors = new ArrayList<>();
		this.policy.violations(userId, newPassword)
			.forEach(v -> errors.add(FieldMessage.of("newPassword", v)));
		if (errors.isEmpty() && recentHashes(userId, this.history).stream().anyMatch(h -> this.hashes.matches(newPassword, h))) {
			errors.add(FieldMessage.of("newPassword", "password.recentlyUsed", this.history));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			throw DomainException.notFound("User", userId);
		}
		user.setPassword(newPassword);
		this.identityService.saveUser(user);
		remember(userId, newPassword);
		Object now = SecurityEventLog.utc(AppClock.instant());
		if (this.jdbc.update("update user_credential set password_changed_at = ?, must_change = false where user_id = ?", now,
				userId) == 0) {
			this.jdbc.update("insert into user_credential (user_id, password_changed_at, must_change, policy_exempt)"
					+ " values (?, ?, false, false)", userId, now);
		}
	}

	/**
	 * An administrator set the password: it is checked by the policy (field {@code field}), stored, and
	 * must be changed at the next login — also for a demo user, who loses the exemption.
	 */
	@Transactional
	public void setByAdministrator(String userId, String password, String field) {
		List<FieldMessage> errors = new ArrayList<>();
		this.policy.violations(userId, password).forEach(v -> errors.add(FieldMessage.of(field, v)));
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			throw DomainException.notFound("User", userId);
		}
		user.setPassword(password);
		this.identityService.saveUser(user);
		if (this.jdbc.update("update user_credential set must_change = true, policy_exempt = false where user_id = ?",
				userId) == 0) {
			this.jdbc.update("insert into user_credential (user_id, password_changed_at, must_change, policy_exempt)"
					+ " values (?, null, true, false)", userId);
		}
	}

	/** Demo users keep their shared demo password: no forced change, no expiry (never in production). */
	@Transactional
	public void exempt(String userId) {
		if (this.jdbc.update("update user_credential set policy_exempt = true where user_id = ?", userId) == 0) {
			this.jdbc.update("insert into user_credential (user_id, password_changed_at, must_change, policy_exempt)"
					+ " values (?, null, false, true)", userId);
		}
	}

	private void remember(String userId, String password) {
		this.jdbc.update("insert into password_history (user_id, password_hash, created_at) values (?, ?, ?)", userId,
				this.hashes.encode(password), SecurityEventLog.utc(AppClock.instant()));
		// Keep only what the history rule needs.
		List<Long> old = this.jdbc.queryForList("select id from password_history where user_id = ? order by id desc",
				Long.class, userId);
		for (Long id : old.subList(Math.min(old.size(), this.history), old.size())) {
			this.jdbc.update("delete from password_history where id = ?", id);
		}
	}

	private List<String> recentHashes(String userId, int count) {
		List<String> all = this.jdbc.queryForList(
				"select password_hash from password_history where user_id = ? order by id desc", String.class, userId);
		return all.subList(0, Math.min(count, all.size()));
	}

	private record State(Instant changedAt, boolean mustChange, boolean exempt) {
	}

}
