package cn.gov.finance.perf.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.finance.perf.system.AppClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login failure handling (等保 2.0 三级 8.1.4.1 b): failed logins are counted per account and per client
 * address; {@code app.login.max-failures} (5) failures of an account within
 * {@code app.login.lock-duration} (15 minutes) lock that account, {@code app.login.address-max-failures}
 * (5) failures from one address lock that address, each for the lock duration — never for good, so
 * an anonymous caller can no longer lock an account (admin included) permanently. Time is the
 * engine clock; an administrator can lift an account's lock. This replaces Camunda's own lock-out
 * ({@code login-max-attempts}, {@code login-delay-*}), which is switched off.
 */
@Component
public class LoginThrottle {

	enum Key {

		ACCOUNT, ADDRESS

	}

	/** A lock just imposed by a failure. */
	public record NewLock(Key key, String value, Instant until) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final int maxFailures;

	private final int addressMaxFailures;

	private final Duration lockDuration;

	LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${app.login.max-failures:5}") int maxFailures,
			@Value("${app.login.address-max-failures:5}") int addressMaxFailures,
			@Value("${app.login.lock-duration:PT15M}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxFailures = maxFailures;
		this.addressMaxFailures = addressMaxFailures;
		this.lockDuration = lockDuration;
	}

	/** Until when a login for the account from the address is refused without checking the password. */
	public Optional<Instant> lockedUntil(String account, @Nullable String address) {
		Instant now = AppClock.instant();
		Optional<Instant> accountLock = lock(Key.ACCOUNT, account(account), now);
		Optional<Instant> addressLock = address == null ? Optional.empty() : lock(Key.ADDRESS, address, now);
		if (accountLock.isPresent() && addressLock.isPresent()) {
			return Optional.of(accountLock.get().isAfter(addressLock.get()) ? accountLock.get() : addressLock.get());
		}
		return accountLock.isPresent() ? accountLock : addressLock;
	}

	/** Counts a failure for the account and the address; returns the locks it imposes. */
	public List<NewLock> recordFailure(String account, @Nullable String address) {
		return this.ownTransaction.execute(status -> {
			List<NewLock> locks = new java.util.ArrayList<>();
			fail(Key.ACCOUNT, account(account), this.maxFailures).ifPresent(locks::add);
			if (address != null) {
				fail(Key.ADDRESS, address, this.addressMaxFailures).ifPresent(locks::add);
			}
			return locks;
		});
	}

	/** A correct password: the account's failures are forgotten (the address keeps its count). */
	public void recordSuccess(String account) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
				"delete from login_throttle where key_type = ? and key_value = ? and (locked_until is null or locked_until <= ?)",
				Key.ACCOUNT.name(), account(account), SecurityEventLog.utc(AppClock.instant())));
	}

	/** An administrator lifts the account's lock and forgets its failures. */
	public boolean unlock(String account) {
		return this.ownTransaction.execute(status -> this.jdbc.update(
				"delete from login_throttle where key_type = ? and key_value = ?", Key.ACCOUNT.name(), account(account)) > 0);
	}

	public Duration lockDuration() {
		return this.lockDuration;
	}

	private Optional<Instant> lock(Key key, String value, Instant now) {
		List<Instant> until = this.jdbc.query("select locked_until from login_throttle where key_type = ? and key_value = ?",
				(rs, row) -> SecurityEventLog.instant(rs, "locked_until"), key.name(), value);
		return until.stream().filter(t -> t != null && t.isAfter(now)).findFirst();
	}

	private Optional<NewLock> fail(Key key, String value, int max) {
		Instant now = AppClock.instant();
		Object nowUtc = SecurityEventLog.utc(now);
		Object windowStart = SecurityEventLog.utc(now.minus(this.lockDuration));
		// A failure after the window (or after a lock ran out) starts counting from one again.
		int updated = this.jdbc.update("update login_throttle set "
				+ "failures = case when first_failure_at < ? or (locked_until is not null and locked_until <= ?) then 1 else failures + 1 end, "
				+ "first_failure_at = case when first_failure_at < ? or (locked_until is not null and locked_until <= ?) then ? else first_failure_at end, "
				+ "locked_until = case when locked_until is not null and locked_until <= ? then null else locked_until end "
				+ "where key_type = ? and key_value = ?", windowStart, nowUtc, windowStart, nowUtc, nowUtc, nowUtc,
				key.name(), value);
		if (updated == 0) {
			try {
				this.jdbc.update("insert into login_throttle (key_type, key_value, failures, first_failure_at) values (?, ?, 1, ?)",
						key.name(), value, nowUtc);
			}
			catch (DuplicateKeyException raced) {
				this.jdbc.update("update login_throttle set failures = failures + 1 where key_type = ? and key_value = ?",
						key.name(), value);
			}
		}
		Instant until = now.plus(this.lockDuration);
		int locked = this.jdbc.update("update login_throttle set locked_until = ?, failures = 0, first_failure_at = ? "
				+ "where key_type = ? and key_value = ? and failures >= ? and locked_until is null",
				SecurityEventLog.utc(until), nowUtc, key.name(), value, max);
		return locked > 0 ? Optional.of(new NewLock(key, value, until)) : Optional.empty();
	}

	private static String account(String account) {
		String normalized = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
		return normalized.length() > 128 ? normalized.substring(0, 128) : normalized;
	}

}
