package cn.gov.finance.perf.identity;

import java.time.Duration;
import java.util.Set;

import cn.gov.finance.perf.system.AppClock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Disabled accounts ({@code account_state}; Camunda's identity tables have no such flag). A disabled
 * user cannot log in (the login says so once the password is right, see
 * {@link CamundaIdentityAuthenticationProvider}), and their sessions end: the ones in the database are
 * deleted when the account is disabled, and any session of a disabled user that still comes along
 * (another node's container, a session store without an index) is invalidated at its next request
 * ({@link DisabledAccountSessions}).
 */
@Component
public class AccountStates {

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	AccountStates(JdbcTemplate jdbc, ObjectProvider<JdbcIndexedSessionRepository> sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	public boolean isDisabled(String userId) {
		return Boolean.TRUE.equals(this.jdbc
			.query("select disabled from account_state where user_id = ?", (rs, row) -> rs.getBoolean(1), userId)
			.stream()
			.findFirst()
			.orElse(false));
	}

	/** How long {@link #recentlyDisabled} may answer from what it last read. */
	static final Duration SNAPSHOT_AGE = Duration.ofSeconds(5);

	private record Snapshot(Set<String> disabled, long readAtNanos) {
	}

	private volatile Snapshot snapshot;

	/**
	 * Whether the account is disabled, as read at most {@link #SNAPSHOT_AGE} ago: for the check on
	 * every request ({@link DisabledAccountSessions}), which is a backstop — disabling deletes the user's
	 * sessions from the shared store at once — and must not cost every request a statement.
	 */
	public boolean recentlyDisabled(String userId) {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAtNanos() > SNAPSHOT_AGE.toNanos()) {
			current = new Snapshot(disabled(), now);
			this.snapshot = current;
		}
		return current.disabled().contains(userId);
	}

	/** Disables or enables the account in the caller's transaction; disabling ends the user's stored sessions. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void set(String userId, boolean disabled, String by) {
		Object now = SecurityEventLog.utc(AppClock.instant());
		if (this.jdbc.update("update account_state set disabled = ?, changed_at = ?, changed_by = ? where user_id = ?",
				disabled, now, by, userId) == 0) {
			this.jdbc.update("insert into account_state (user_id, disabled, changed_at, changed_by) values (?, ?, ?, ?)",
					userId, disabled, now, by);
		}
		// The next request after the commit reads the new state.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				AccountStates.this.snapshot = null;
			}
		});
		JdbcIndexedSessionRepository store = this.sessions.getIfAvailable();
		if (disabled && store != null) {
			store.findByPrincipalName(userId).keySet().forEach(store::deleteById);
		}
	}

	/** Ids of the disabled accounts. */
	public Set<String> disabled() {
		return Set.copyOf(
				this.jdbc.queryForList("select user_id from account_state where disabled = true", String.class));
	}

}
