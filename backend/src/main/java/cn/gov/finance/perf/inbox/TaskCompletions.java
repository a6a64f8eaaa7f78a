package cn.gov.finance.perf.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The pipeline's record of every completed task: who (and on whose behalf), when, with which
 * decision. One row per task, so a second completion of the same task fails on the unique key.
 */
@Component
public class TaskCompletions {

	private final NamedParameterJdbcTemplate jdbc;

	TaskCompletions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A completed task as the record keeps it. */
	public record Completion(String taskId, String processInstanceId, String processKey, String taskKey,
			String taskName, TaskStage stage, @Nullable Long itemId, @Nullable String itemCode,
			@Nullable String itemName, @Nullable String subject, String actor, @Nullable String actorName,
			@Nullable String onBehalfOf, @Nullable String decision, @Nullable String opinion, Instant createdAt,
			Instant completedAt) {
	}

	void record(InboxRow task, String actor, String actorName, @Nullable String onBehalfOf, @Nullable String decision,
			@Nullable String opinion, Instant at) {
		this.jdbc.update("""
				insert into task_completion (task_id, process_instance_id, process_key, task_key, task_name, stage,
				  item_id, item_code, item_name, subject, actor, actor_name, on_behalf_of, decision, opinion, created_at,
				  completed_at)
				values (:taskId, :processInstanceId, :processKey, :taskKey, :taskName, :stage, :itemId, :itemCode,
				  :itemName, :subject, :actor, :actorName, :onBehalfOf, :decision, :opinion, :createdAt, :completedAt)
				""", new MapSqlParameterSource().addValue("taskId", task.taskId())
			.addValue("processInstanceId", task.processInstanceId())
			.addValue("processKey", task.processKey())
			.addValue("taskKey", task.taskKey())
			.addValue("taskName", task.taskName())
			.addValue("stage", task.stage().name())
			.addValue("itemId", task.itemId())
			.addValue("itemCode", task.itemCode())
			.addValue("itemName", task.itemName())
			.addValue("subject", task.subject())
			.addValue("actor", actor)
			.addValue("actorName", actorName)
			.addValue("onBehalfOf", onBehalfOf)
			.addValue("decision", decision)
			.addValue("opinion", opinion == null ? null : truncate(opinion.trim(), 4000))
			.addValue("createdAt", Timestamp.from(task.createdAt()))
			.addValue("completedAt", Timestamp.from(at)));
	}

	public Optional<Completion> find(String taskId) {
		return this.jdbc.query("select * from task_completion where task_id = :taskId", Map.of("taskId", taskId),
				TaskCompletions::map).stream().findFirst();
	}

	/** Who completed the latest of these steps in this process instance (and on whose behalf). */
	Optional<Completion> latest(String processInstanceId, Set<String> taskKeys) {
		return this.jdbc.query("""
				select * from task_completion where process_instance_id = :pi and task_key in (:keys)
				order by completed_at desc, id desc
				""", new MapSqlParameterSource("pi", processInstanceId).addValue("keys", taskKeys), TaskCompletions::map)
			.stream()
			.findFirst();
	}

	/** Every completion on an item, oldest first (its timeline). */
	public List<Completion> ofItem(String itemCode) {
		return this.jdbc.query("select * from task_completion where item_code = :code order by id",
				Map.of("code", itemCode), TaskCompletions::map);
	}

	static Completion map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("item_id");
		Long itemId = rs.wasNull() ? null : id;
		return new Completion(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("process_key"),
				rs.getString("task_key"), rs.getString("task_name"), TaskStage.valueOf(rs.getString("stage")),
				itemId, rs.getString("item_code"), rs.getString("item_name"),
				rs.getString("subject"), rs.getString("actor"), rs.getString("actor_name"), rs.getString("on_behalf_of"),
				rs.getString("decision"), rs.getString("opinion"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("completed_at").toInstant());
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
