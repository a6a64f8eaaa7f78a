package cn.gov.finance.perf.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.inbox.TaskNotice;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What each user is told, kept per user with read / unread. Notices of the inbox (new tasks,
 * returns, transfers, delegations, copies, urges) become notifications in the transaction of their
 * change, written just before it commits: a step and its notifications are stored together or not
 * at all, with one commit (a second transaction after the commit cost a second fsync per completed
 * task); a group reaches all its members. {@link NotificationHub} pushes them to open pages.
 */
@Service
public class Notifications {

	private final NamedParameterJdbcTemplate jdbc;

	private final IdentityDirectory identities;

	Notifications(NamedParameterJdbcTemplate jdbc, IdentityDirectory identities) {
		this.jdbc = jdbc;
		this.identities = identities;
	}

	public record NotificationView(long id, String userId, String kind, @Nullable String taskId, @Nullable String itemCode, String title,
			@Nullable String body, Instant createdAt, @Nullable Instant readAt) {
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	public void on(TaskNotice notice) {
		Set<String> users = new LinkedHashSet<>(notice.users());
		for (String group : notice.groups()) {
			this.identities.members(group).forEach(member -> users.add(member.id()));
		}
		users.remove(null);
		// Nobody is told of what they just did themselves (the task their own step created).
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUser actor) {
			users.remove(actor.id());
		}
		notify(users, notice.kind().name(), notice.taskId(), notice.itemCode(), notice.title(), notice.body());
	}

	@Transactional
	public void notify(Collection<String> users, String kind, @Nullable String taskId, @Nullable String itemCode,
			String title, @Nullable String body) {
		if (users.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(AppClock.instant());
		SqlParameterSource[] rows = users.stream()
			.map(user -> new MapSqlParameterSource("user", user).addValue("kind", kind)
				.addValue("taskId", taskId)
				.addValue("item", itemCode)
				.addValue("title", truncate(title, 255))
				.addValue("body", body == null ? null : truncate(body, 2000))
				.addValue("now", now))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				insert into notification (user_id, kind, task_id, item_code, title, body, created_at)
				values (:user, :kind, :taskId, :item, :title, :body, :now)
				""", rows);
	}

	public List<NotificationView> of(String user, boolean unreadOnly, int page, int size) {
		return this.jdbc.query("select * from notification where user_id = :user" + (unreadOnly ? " and read_at is null" : "")
				+ " order by id desc limit :limit offset :offset",
				new MapSqlParameterSource("user", user).addValue("limit", size).addValue("offset", (long) page * size),
				(rs, n) -> map(rs));
	}

	public long unread(String user) {
		Long n = this.jdbc.queryForObject("select count(*) from notification where user_id = :user and read_at is null",
				Map.of("user", user), Long.class);
		return n == null ? 0 : n;
	}

	@Transactional
	public int read(String user, long id) {
		return this.jdbc.update("update notification set read_at = :now where id = :id and user_id = :user and read_at is null",
				new MapSqlParameterSource("id", id).addValue("user", user).addValue("now", Timestamp.from(AppClock.instant())));
	}

	@Transactional
	public int readAll(String user) {
		return this.jdbc.update("update notification set read_at = :now where user_id = :user and read_at is null",
				new MapSqlParameterSource("user", user).addValue("now", Timestamp.from(AppClock.instant())));
	}

	/** Notifications of these users created after {@code afterId}, oldest first (for the push). */
	List<NotificationView> since(long afterId, Collection<String> users) {
		if (users.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select * from notification where id > :after and user_id in (:users) order by id",
				new MapSqlParameterSource("after", afterId).addValue("users", users), (rs, n) -> map(rs));
	}

	long lastId() {
		Long n = this.jdbc.getJdbcTemplate().queryForObject("select coalesce(max(id), 0) from notification", Long.class);
		return n == null ? 0 : n;
	}

	private static NotificationView map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new NotificationView(rs.getLong("id"), rs.getString("user_id"), rs.getString("kind"), rs.getString("task_id"), rs.getString("item_code"),
				rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
