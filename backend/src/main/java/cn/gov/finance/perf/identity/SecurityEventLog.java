package cn.gov.finance.perf.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ScheduledRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The security event log (等保 2.0 三级, GB/T 22239-2019 8.1.4.3 安全审计): logins, failures, lockouts,
 * unlocks, logouts, expired sessions, password changes and refused requests (403), each with who,
 * when (engine clock), from where and the result. Rows are written in a transaction of their own, so
 * a refused or failing request is still recorded; writing never fails the request. Nothing in the
 * application changes or deletes a row except {@link #purge()}, which keeps at least 180 days.
 */
@Component
public class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger(SecurityEventLog.class);

	/** 等保: audit records are kept at least six months. */
	static final Duration MINIMUM_RETENTION = Duration.ofDays(180);

	public enum Type {

		LOGIN_SUCCEEDED, LOGIN_FAILED,
		/** A login refused without checking the password: locked, or a password change is due first. */
		LOGIN_REFUSED,
		/** An account or a client address locked after too many failures. */
		LOCKED,
		/** An administrator lifted a lock. */
		UNLOCKED, LOGOUT, SESSION_EXPIRED, PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED,
		/** A request refused with 403. */
		ACCESS_DENIED

	}

	public enum Outcome {

		SUCCESS, FAILURE

	}

	public enum Channel {

		/** The React app and its /api. */
		APP,
		/** Camunda's REST API with HTTP Basic. */
		ENGINE_REST,
		/** Camunda's webapps. */
		WEBAPP,
		/** The application itself (scheduled work, session expiry). */
		SYSTEM

	}

	public record Event(long id, Instant occurredAt, Type type, Outcome outcome, @Nullable String principal,
			@Nullable String clientAddress, Channel channel, @Nullable String detail) {
	}

	public record Filter(@Nullable Type type, @Nullable Outcome outcome, @Nullable String principal,
			@Nullable Instant from, @Nullable Instant to) {
	}

	static final String PURGE_JOB = "security-log-purge";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Duration retention;

	private final ScheduledRuns runs;

	SecurityEventLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, ScheduledRuns runs,
			@Value("${app.security-log.retention:P180D}") Duration retention) {
		this.runs = runs;
		if (retention.compareTo(MINIMUM_RETENTION) < 0) {
			throw new IllegalStateException("app.security-log.retention is " + retention
					+ ": the security log must be kept at least 180 days (等保 2.0: six months)");
		}
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.retention = retention;
	}

	public void record(Type type, Outcome outcome, @Nullable String principal, @Nullable String clientAddress,
			Channel channel, @Nullable String detail) {
		try {
			this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
					"insert into security_event (occurred_at, event_type, outcome, principal, client_address, channel, detail)"
							+ " values (?, ?, ?, ?, ?, ?, ?)",
					utc(AppClock.instant()), type.name(), outcome.name(), cut(principal, 128), cut(clientAddress, 64),
					channel.name(), cut(detail, 500)));
		}
		catch (RuntimeException ex) {
			// The request goes on; the log line keeps the event when the database cannot.
			log.warn("Security event not recorded ({} {} {} from {}): {}", type, outcome, principal, clientAddress,
					ex.getMessage());
		}
	}

	/** Newest first. */
	public List<Event> search(Filter filter, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(size);
		args.add((long) page * size);
		return this.jdbc.query("select * from security_event" + where + " order by id desc limit ? offset ?",
				SecurityEventLog::event, args.toArray());
	}

	public long count(Filter filter) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		return this.jdbc.queryForObject("select count(*) from security_event" + where, Long.class, args.toArray());
	}

	/** The daily purge, once across nodes: the day is claimed in {@code scheduled_run} in the purge's transaction. */
	@Scheduled(cron = "${app.security-log.purge-cron:0 30 3 * * *}", zone = "${app.time-zone:Asia/Shanghai}")
	void scheduledPurge() {
		this.ownTransaction.executeWithoutResult(status -> {
			if (this.runs.claimToday(PURGE_JOB)) {
				deleteExpired();
			}
		});
	}

	/** Deletes what is older than the retention (default 180 days). */
	public int purge() {
		return this.ownTransaction.execute(status -> deleteExpired());
	}

	private int deleteExpired() {
		Instant before = AppClock.instant().minus(this.retention);
		int purged = this.jdbc.update("delete from security_event where occurred_at < ?", utc(before));
		if (purged > 0) {
			log.info("Purged {} security events older than {} (retention {})", purged, before, this.retention);
		}
		return purged;
	}

	private static String where(Filter filter, List<Object> args) {
		List<String> conditions = new ArrayList<>();
		if (filter.type() != null) {
			conditions.add("event_type = ?");
			args.add(filter.type().name());
		}
		if (filter.outcome() != null) {
			conditions.add("outcome = ?");
			args.add(filter.outcome().name());
		}
		if (filter.principal() != null && !filter.principal().isBlank()) {
			conditions.add("principal = ?");
			args.add(filter.principal().trim());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			args.add(utc(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < ?");
			args.add(utc(filter.to()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getLong("id"), instant(rs, "occurred_at"), Type.valueOf(rs.getString("event_type")),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("principal"), rs.getString("client_address"),
				Channel.valueOf(rs.getString("channel")), rs.getString("detail"));
	}

	/** Timestamps are stored as UTC wall time, like Hibernate's ({@code hibernate.jdbc.time_zone: UTC}). */
	public static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	@Nullable
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	@Nullable
	private static String cut(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
