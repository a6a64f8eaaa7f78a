package cn.gov.finance.perf.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ScheduledRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning each user with overdue tasks or tasks due within {@code app.inbox.digest-days}
 * (3) is told how many, in the app. With several nodes the run of a day is claimed in
 * {@code scheduled_run} first, so it happens once.
 */
@Component
public class DailyDigest {

	static final String JOB = "daily-digest";

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final Notifications notifications;

	private final IdentityDirectory identities;

	private final AppClock clock;

	private final ScheduledRuns runs;

	private final int days;

	DailyDigest(NamedParameterJdbcTemplate jdbc, Notifications notifications, IdentityDirectory identities, AppClock clock,
			ScheduledRuns runs, @Value("${app.inbox.digest-days:3}") int days) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.notifications = notifications;
		this.identities = identities;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${app.inbox.digest-cron:0 30 8 * * *}", zone = "${app.time-zone:Asia/Shanghai}")
	void scheduled() {
		run(this.clock.today());
	}

	/** Sends the digest of the day unless a node already did; returns how many users were told. */
	@Transactional
	public int run(LocalDate day) {
		if (!this.runs.claim(JOB, day)) {
			log.info("Daily digest of {} already sent by another node", day);
			return 0;
		}
		Instant now = this.clock.now();
		Instant soon = now.plus(Duration.ofDays(this.days));
		Map<String, int[]> counts = new HashMap<>();
		Map<String, List<String>> members = new HashMap<>();
		this.jdbc.query("""
				select t.task_id, t.assignee, t.due_at, g.group_id from inbox_task t
				left join inbox_task_group g on g.task_id = t.task_id and t.assignee is null
				where t.due_at is not null and t.due_at < :soon order by t.task_id
				""", new MapSqlParameterSource("soon", Timestamp.from(soon)), rs -> {
			boolean overdue = rs.getTimestamp("due_at").toInstant().isBefore(now);
			Set<String> users = new LinkedHashSet<>();
			if (rs.getString("assignee") != null) {
				users.add(rs.getString("assignee"));
			}
			else if (rs.getString("group_id") != null) {
				members.computeIfAbsent(rs.getString("group_id"),
						g -> this.identities.members(g).stream().map(IdentityDirectory.Member::id).toList())
					.forEach(users::add);
			}
			for (String user : users) {
				counts.computeIfAbsent(user + "\u0000" + rs.getString("task_id"), k -> new int[] { overdue ? 1 : 0 });
			}
		});
		Map<String, int[]> perUser = new HashMap<>();
		counts.forEach((key, overdue) -> {
			int[] c = perUser.computeIfAbsent(key.substring(0, key.indexOf('\u0000')), u -> new int[2]);
			c[overdue[0] == 1 ? 0 : 1]++;
		});
		perUser.forEach((user, c) -> this.notifications.notify(List.of(user), "DIGEST", null, null,
				"待办提醒：逾期 " + c[0] + " 项，" + this.days + " 日内到期 " + c[1] + " 项", null));
		log.info("Daily digest of {}: {} users told", day, perUser.size());
		return perUser.size();
	}

}
