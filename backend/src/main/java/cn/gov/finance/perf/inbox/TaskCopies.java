package cn.gov.finance.perf.inbox;

import java.sql.Timestamp;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemReadGrant;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only copies (抄送) of tasks to people and groups. A recipient may read the task and its item
 * even where their department otherwise could not (read only; each first reading is recorded).
 */
@Component
class TaskCopies implements ItemReadGrant {

	private final NamedParameterJdbcTemplate jdbc;

	TaskCopies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(InboxRow task, String recipientUser, String recipientGroup, String by, String note) {
		this.jdbc.update("""
				insert into task_copy (task_id, process_instance_id, task_name, item_code, subject, recipient_user,
				  recipient_group, copied_by, note, created_at)
				values (:taskId, :pi, :name, :item, :subject, :user, :group, :by, :note, :now)
				""", new MapSqlParameterSource("taskId", task.taskId()).addValue("pi", task.processInstanceId())
			.addValue("name", task.taskName())
			.addValue("item", task.itemCode())
			.addValue("subject", task.subject())
			.addValue("user", recipientUser)
			.addValue("group", recipientGroup)
			.addValue("by", by)
			.addValue("note", note)
			.addValue("now", Timestamp.from(AppClock.instant())));
	}

	boolean copiedTo(String taskId, AppUser user) {
		Integer n = this.jdbc.queryForObject("select count(*) from task_copy where task_id = :taskId and "
				+ "(recipient_user = :me or recipient_group in (:groups))", params(user).addValue("taskId", taskId),
				Integer.class);
		return n != null && n > 0;
	}

	@Override
	public boolean grants(AppUser user, String itemCode) {
		Integer n = this.jdbc.queryForObject("select count(*) from task_copy where item_code = :code and "
				+ "(recipient_user = :me or recipient_group in (:groups))", params(user).addValue("code", itemCode),
				Integer.class);
		return n != null && n > 0;
	}

	/** A copy sent to the user (personally or through a group). */
	record Copy(long id, String taskId, String taskName, String itemCode, String subject, String copiedBy, String note,
			java.time.Instant createdAt, java.time.Instant readAt) {
	}

	List<Copy> of(AppUser user, int page, int size) {
		return this.jdbc.query("""
				select * from task_copy where recipient_user = :me or recipient_group in (:groups)
				order by created_at desc, id desc limit :limit offset :offset
				""", params(user).addValue("limit", size).addValue("offset", (long) page * size),
				(rs, n) -> new Copy(rs.getLong("id"), rs.getString("task_id"), rs.getString("task_name"),
						rs.getString("item_code"), rs.getString("subject"), rs.getString("copied_by"), rs.getString("note"),
						rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()));
	}

	long count(AppUser user, boolean unreadOnly) {
		Long n = this.jdbc.queryForObject("select count(*) from task_copy where (recipient_user = :me or recipient_group in "
				+ "(:groups))" + (unreadOnly ? " and read_at is null" : ""), params(user), Long.class);
		return n == null ? 0 : n;
	}

	/** Marks the user's copies of the task read (the first reading is the one recorded). */
	void read(String taskId, AppUser user) {
		this.jdbc.update("update task_copy set read_at = :now where task_id = :taskId and read_at is null and "
				+ "(recipient_user = :me or recipient_group in (:groups))",
				params(user).addValue("taskId", taskId).addValue("now", Timestamp.from(AppClock.instant())));
	}

	private static MapSqlParameterSource params(AppUser user) {
		return new MapSqlParameterSource("me", user.id()).addValue("groups",
				user.candidateGroups().isEmpty() ? List.of("-") : user.candidateGroups());
	}


}
