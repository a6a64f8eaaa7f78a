package cn.gov.finance.perf.inbox;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/** Reads rows of the inbox read model by id, by item, by instance. */
@Component
class InboxTasks {

	private final NamedParameterJdbcTemplate jdbc;

	InboxTasks(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<InboxRow> find(String taskId) {
		return withGroups(this.jdbc.query("select * from inbox_task where task_id = :id", Map.of("id", taskId),
				InboxTasks::map)).stream().findFirst();
	}

	/**
	 * The row, locked until the transaction ends: the task pipeline resolves every action through
	 * here, so two actions on one task (two completions, a completion and a claim) take turns, and
	 * the second sees what the first did.
	 */
	Optional<InboxRow> findForUpdate(String taskId) {
		List<String> groups = new ArrayList<>();
		List<InboxRow> rows = this.jdbc.query("select t.*, g.group_id as candidate_group from inbox_task t "
				+ "left join inbox_task_group g on g.task_id = t.task_id where t.task_id = :id for update",
				Map.of("id", taskId), (rs, n) -> {
					if (rs.getString("candidate_group") != null) {
						groups.add(rs.getString("candidate_group"));
					}
					return map(rs, n);
				});
		return rows.stream().findFirst().map(row -> withGroups(row, groups));
	}

	List<InboxRow> ofInstance(String processInstanceId) {
		return withGroups(this.jdbc.query("select * from inbox_task where process_instance_id = :pi order by created_at, task_id",
				Map.of("pi", processInstanceId), InboxTasks::map));
	}

	List<InboxRow> ofItem(String itemCode) {
		return withGroups(this.jdbc.query(
				"select * from inbox_task where item_code = :code or business_key = :code order by created_at, task_id",
				Map.of("code", itemCode), InboxTasks::map));
	}

	/** The rows with their candidate groups, read in one more statement for all of them. */
	List<InboxRow> withGroups(List<InboxRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<String, List<String>> groups = groupsOf(rows.stream().map(InboxRow::taskId).toList());
		List<InboxRow> result = new ArrayList<>(rows.size());
		for (InboxRow row : rows) {
			result.add(withGroups(row, groups.getOrDefault(row.taskId(), List.of())));
		}
		return result;
	}

	Map<String, List<String>> groupsOf(Collection<String> taskIds) {
		Map<String, List<String>> groups = new HashMap<>();
		this.jdbc.query("select task_id, group_id from inbox_task_group where task_id in (:ids) order by group_id",
				new MapSqlParameterSource("ids", taskIds),
				rs -> {
					groups.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
				});
		return groups;
	}

	static InboxRow withGroups(InboxRow r, List<String> groups) {
		return new InboxRow(r.taskId(), r.processInstanceId(), r.processKey(), r.taskKey(), r.taskName(), r.formKey(),
				r.stage(), r.businessKey(), r.itemId(), r.itemCode(), r.itemName(), r.itemKind(), r.subject(),
				r.departmentCode(), r.unitCode(), r.divisionCode(), r.fiscalYear(), r.budgetType(), r.amount(),
				r.warningLight(), r.grade(), r.priority(), r.dueAt(), r.assignee(), r.claimedAt(), r.owner(), r.createdAt(),
				r.delegation(), r.urgeCount(), r.lastUrgedAt(), List.copyOf(groups));
	}

	static InboxRow map(ResultSet rs, int rowNum) throws SQLException {
		long itemId = rs.getLong("item_id");
		Long item = rs.wasNull() ? null : itemId;
		int year = rs.getInt("fiscal_year");
		Integer fiscalYear = rs.wasNull() ? null : year;
		BigDecimal amount = rs.getBigDecimal("amount");
		return new InboxRow(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("process_key"),
				rs.getString("task_key"), rs.getString("task_name"), rs.getString("form_key"),
				stage(rs.getString("stage")), rs.getString("business_key"), item, rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("item_kind"), rs.getString("subject"),
				rs.getString("department_code"), rs.getString("unit_code"), rs.getString("division_code"), fiscalYear,
				rs.getString("budget_type"), amount, rs.getString("warning_light"), rs.getString("grade"),
				rs.getInt("priority"), instant(rs.getTimestamp("due_at")), rs.getString("assignee"),
				instant(rs.getTimestamp("claimed_at")), rs.getString("owner_id"), instant(rs.getTimestamp("created_at")),
				rs.getString("delegation"), rs.getInt("urge_count"), instant(rs.getTimestamp("last_urged_at")), List.of());
	}

	private static TaskStage stage(String name) {
		try {
			return TaskStage.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return TaskStage.OTHER;
		}
	}

	@Nullable
	static Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}


}
