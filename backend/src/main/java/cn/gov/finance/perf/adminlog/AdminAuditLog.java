package cn.gov.finance.perf.adminlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.SecurityEventLog;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ScheduledRuns;
import cn.gov.finance.perf.system.SqlLike;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The administration audit log: records every {@link AdminAuditEvent} with who (the logged-in user,
 * or {@value #SYSTEM}), when (engine clock), from where (the request's address, as the servlet
 * container reports it) in a transaction of its own, so a refusal is kept although the caller's
 * transaction rolls back. Entries older than {@code app.admin-log.retention} (400 days; never less
 * than {@value #MIN_RETENTION_DAYS} days, six months) are purged once a day across nodes.
 */
@Component
public class AdminAuditLog {

	public static final String SYSTEM = "system";

	static final int MIN_RETENTION_DAYS = 183;

	static final String PURGE_JOB = "admin-log-purge";

	private static final Logger log = LoggerFactory.getLogger(AdminAuditLog.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final ScheduledRuns runs;

	private final ObjectMapper json;

	private final Duration retention;

	AdminAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, ScheduledRuns runs, ObjectMapper json,
			@Value("${app.admin-log.retention:P400D}") Duration retention) {
		if (retention.compareTo(Duration.ofDays(MIN_RETENTION_DAYS)) < 0) {
			throw new IllegalStateException("app.admin-log.retention is " + retention + "; the administration audit log "
					+ "must be kept at least " + MIN_RETENTION_DAYS + " days (six months)");
		}
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.runs = runs;
		this.json = json;
		this.retention = retention;
	}

	/** One entry as stored. */
	public record Entry(long id, Instant occurredAt, String actor, @Nullable String remoteAddress, String action,
			@Nullable String target, String summary, @Nullable String details) {
	}

	/** What to look for; every part optional. {@code to} is exclusive. */
	public record Filter(@Nullable String actor, @Nullable String actionPrefix, @Nullable String target,
			@Nullable Instant from, @Nullable Instant to, @Nullable String text) {
	}

	@EventListener
	void on(AdminAuditEvent event) {
		record(event);
	}

	/** Stores the event in its own transaction. */
	public void record(AdminAuditEvent event) {
		String details = details(event.details());
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.update("insert into admin_audit_log (occurred_at, actor, remote_address, action, target, summary, details)"
					+ " values (?, ?, ?, ?, ?, ?, ?)", SecurityEventLog.utc(AppClock.instant()), cut(actor(), 64),
					cut(remoteAddress(), 64), cut(event.action(), 64), cut(event.target(), 200),
					cut(event.summary() == null ? event.action() : event.summary(), 500), details));
	}

	/** Newest first. */
	public List<Entry> search(Filter filter, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(size);
		args.add((long) page * size);
		return this.jdbc.query("select * from admin_audit_log" + where + " order by occurred_at desc, id desc limit ? offset ?",
				AdminAuditLog::entry, args.toArray());
	}

	public long count(Filter filter) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		return this.jdbc.queryForObject("select count(*) from admin_audit_log" + where, Long.class, args.toArray());
	}

	/** Every matching entry, newest first, at most {@code limit}, one at a time (for the export). */
	public void each(Filter filter, int limit, Consumer<Entry> sink) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(limit);
		this.jdbc.query("select * from admin_audit_log" + where + " order by occurred_at desc, id desc limit ?",
				rs -> {
					sink.accept(entry(rs, 0));
				}, args.toArray());
	}

	/** The daily purge, once across nodes: the day is claimed in {@code scheduled_run} in the purge's transaction. */
	@Scheduled(cron = "${app.admin-log.purge-cron:0 15 4 * * *}", zone = "${app.time-zone:Asia/Shanghai}")
	void scheduledPurge() {
		this.ownTransaction.executeWithoutResult(status -> {
			if (this.runs.claimToday(PURGE_JOB)) {
				deleteExpired();
			}
		});
	}

	/** Deletes what is older than the retention; returns how many entries went. */
	public int purge() {
		return this.ownTransaction.execute(status -> deleteExpired());
	}

	public Duration retention() {
		return this.retention;
	}

	private int deleteExpired() {
		Instant before = AppClock.instant().minus(this.retention);
		int purged = this.jdbc.update("delete from admin_audit_log where occurred_at < ?", SecurityEventLog.utc(before));
		if (purged > 0) {
			log.info("Purged {} administration audit log entries older than {} (retention {})", purged, before,
					this.retention);
		}
		return purged;
	}

	private String details(Map<String, String> details) {
		if (details.isEmpty()) {
			return null;
		}
		try {
			return this.json.writeValueAsString(new java.util.TreeMap<>(details));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
			return user.id();
		}
		return SYSTEM;
	}

	@Nullable
	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String where(Filter filter, List<Object> args) {
		List<String> conditions = new ArrayList<>();
		if (present(filter.actor())) {
			conditions.add("actor = ?");
			args.add(filter.actor().trim());
		}
		if (present(filter.actionPrefix())) {
			conditions.add("action like ? escape '!'");
			args.add(SqlLike.escape(filter.actionPrefix().trim()) + "%");
		}
		if (present(filter.target())) {
			conditions.add("target = ?");
			args.add(filter.target().trim());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			args.add(SecurityEventLog.utc(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < ?");
			args.add(SecurityEventLog.utc(filter.to()));
		}
		if (present(filter.text())) {
			String like = SqlLike.containsLower(filter.text());
			conditions.add("(lower(summary) like ? escape '!' or lower(target) like ? escape '!'"
					+ " or lower(details) like ? escape '!')");
			args.add(like);
			args.add(like);
			args.add(like);
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("id"), SecurityEventLog.instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("remote_address"), rs.getString("action"), rs.getString("target"), rs.getString("summary"),
				rs.getString("details"));
	}

	@Nullable
	private static String cut(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
