package cn.gov.finance.perf.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemChanged;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the inbox read model. Called by {@link InboxTaskListener} inside the engine's command, so
 * each row changes in the same transaction as the engine's own task; and by {@link InboxReconciler}
 * when it repairs a difference.
 */
@Component
class InboxTaskWriter {

	static final String ITEM_ID = "itemId";

	/** The group a body's tasks are offered to (org-<code>), which names the body. */
	static final String SUBJECT_GROUP = "subjectGroup";

	private static final String INSERT = """
			insert into inbox_task (task_id, process_instance_id, process_key, task_key, task_name, form_key, stage,
			  business_key, item_id, item_code, item_name, item_kind, subject, department_code, unit_code, division_code,
			  fiscal_year, budget_type, amount, warning_light, grade, priority, due_at, assignee, claimed_at, owner_id,
			  created_at, delegation)
			values (:taskId, :processInstanceId, :processKey, :taskKey, :taskName, :formKey, :stage, :businessKey,
			  :itemId, :itemCode, :itemName, :itemKind, :subject, :departmentCode, :unitCode, :divisionCode, :fiscalYear,
			  :budgetType, :amount, :warningLight, :grade, :priority, :dueAt, :assignee, :claimedAt, :owner, :createdAt, :delegation)
			""";

	/** A task row {@code t}'s claim state as its group rows copy it. */
	static final String UNCLAIMED = "case when t.assignee is null then true else false end";

	/**
	 * A candidate group of a task, with the copies of the task row the unfiltered inbox sorts and
	 * counts by (V74): whether it is unclaimed, created, due, amount, priority.
	 */
	private static final String INSERT_GROUP = """
			insert into inbox_task_group (group_id, task_id, unclaimed, created_at, due_at, amount, priority)
			select :groupId, t.task_id, %s, t.created_at, t.due_at, t.amount, t.priority
			from inbox_task t where t.task_id = :taskId
			""".formatted(UNCLAIMED);

	/** The group rows' copies of their task rows, written again from the task rows. */
	private static final String COPY_TO_GROUPS = """
			update inbox_task_group set
			  unclaimed = (select %s from inbox_task t where t.task_id = inbox_task_group.task_id),
			  created_at = (select t.created_at from inbox_task t where t.task_id = inbox_task_group.task_id),
			  due_at = (select t.due_at from inbox_task t where t.task_id = inbox_task_group.task_id),
			  amount = (select t.amount from inbox_task t where t.task_id = inbox_task_group.task_id),
			  priority = (select t.priority from inbox_task t where t.task_id = inbox_task_group.task_id)
			where task_id in (:tasks)
			""".formatted(UNCLAIMED);

	private final NamedParameterJdbcTemplate jdbc;

	private final BudgetItemRepository items;

	private final ProcessModels models;

	private final ApplicationEventPublisher events;

	InboxTaskWriter(NamedParameterJdbcTemplate jdbc, BudgetItemRepository items, ProcessModels models,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.items = items;
		this.models = models;
	}

	/** What the engine knows of a task, from a listener's DelegateTask or from a task query. */
	record TaskFacts(String taskId, String processInstanceId, String processKey, String taskKey, String name,
			@Nullable String formKey, int priority, @Nullable Date due, @Nullable String assignee, @Nullable String owner,
			@Nullable String delegation, Date created, @Nullable String businessKey, List<String> groups,
			Function<String, Object> variable) {
	}

	void insert(TaskFacts facts) {
		insert(facts, true);
	}

	/** Writes the row; {@code tell}: the holders hear of the new task (not when repairing the model). */
	void insert(TaskFacts facts, boolean tell) {
		InboxRow row = row(facts);
		this.jdbc.update(INSERT, parameters(row));
		if (tell) {
			this.events.publishEvent(new TaskNotice(TaskNotice.Kind.TASK, row.taskId(), row.itemCode(),
					row.assignee() == null ? List.of() : List.of(row.assignee()),
					row.assignee() == null ? row.groups() : List.of(), "新待办：「" + row.taskName() + "」" + TaskActions.about(row),
					null));
		}
		if (!row.groups().isEmpty()) {
			SqlParameterSource[] batch = row.groups()
				.stream()
				.distinct()
				.map(group -> new MapSqlParameterSource("taskId", row.taskId()).addValue("groupId", group))
				.toArray(SqlParameterSource[]::new);
			this.jdbc.batchUpdate(INSERT_GROUP, batch);
		}
	}

	/**
	 * What {@code assignment} and {@code update} events may change: name, due date, priority,
	 * assignee (the claim time follows a change of assignee), owner and delegation state.
	 */
	void update(String taskId, String name, @Nullable Date due, int priority, @Nullable String assignee,
			@Nullable String owner, @Nullable String delegation) {
		MapSqlParameterSource changes = new MapSqlParameterSource("taskId", taskId).addValue("name", name)
			.addValue("due", due == null ? null : new Timestamp(due.getTime()))
			.addValue("priority", priority)
			.addValue("assignee", assignee)
			.addValue("owner", owner)
			.addValue("delegation", delegation)
			.addValue("now", Timestamp.from(AppClock.instant()));
		this.jdbc.update("""
				update inbox_task set task_name = :name, due_at = :due, priority = :priority, owner_id = :owner,
				  delegation = :delegation,
				  claimed_at = case when coalesce(assignee, '-') = coalesce(:assignee, '-') then claimed_at
				                    when :assignee is null then null else :now end,
				  assignee = :assignee
				where task_id = :taskId
				""", changes);
		copyToGroups(List.of(taskId));
	}

	/** An urge: counted on the task, so the inbox shows it without another query. */
	void urged(String taskId) {
		this.jdbc.update("update inbox_task set urge_count = urge_count + 1, last_urged_at = :now where task_id = :taskId",
				new MapSqlParameterSource("taskId", taskId).addValue("now", Timestamp.from(AppClock.instant())));
	}

	void remove(String taskId) {
		// Groups go with the row (on delete cascade).
		this.jdbc.update("delete from inbox_task where task_id = :taskId", Map.of("taskId", taskId));
	}

	/** An item's amount, light or grade changed: its open tasks show the new values. */
	@EventListener
	void on(ItemChanged change) {
		MapSqlParameterSource values = new MapSqlParameterSource("itemId", change.itemId()).addValue("amount", change.amount())
			.addValue("light", change.warningLight())
			.addValue("grade", change.grade());
		this.jdbc.update("""
				update inbox_task set amount = :amount, warning_light = :light, grade = :grade where item_id = :itemId
				""", values);
		// The ids first: MariaDB before 11.1 reads the whole table for an update with an IN subquery.
		copyToGroups(this.jdbc.queryForList("select task_id from inbox_task where item_id = :itemId", values, String.class));
	}

	/**
	 * Writes the group rows' copies of their task rows (V74) from the task rows as they are now:
	 * after a change of a task row, and as the reconciler's repair.
	 */
	void copyToGroups(java.util.Collection<String> taskIds) {
		for (List<String> chunk : chunks(List.copyOf(taskIds), 500)) {
			this.jdbc.update(COPY_TO_GROUPS, Map.of("tasks", chunk));
		}
	}

	/** Lists of at most {@code size}, for {@code in (...)} lists a database accepts. */
	static <T> List<List<T>> chunks(List<T> all, int size) {
		List<List<T>> chunks = new java.util.ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			chunks.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return chunks;
	}

	private InboxRow row(TaskFacts facts) {
		TaskStage stage = this.models.find(facts.processKey()).map(ProcessModel::stage).orElse(TaskStage.OTHER);
		BudgetItem item = itemOf(facts);
		String subject = item != null ? null : string(facts.variable().apply(ProcessModel.VAR_SUBJECT_LABEL));
		String subjectOrg = item != null ? null : subjectOrg(facts);
		Integer year = item != null ? Integer.valueOf(item.getFiscalYear())
				: facts.variable().apply(ProcessModel.VAR_FISCAL_YEAR) instanceof Number n ? n.intValue() : null;
		return new InboxRow(facts.taskId(), facts.processInstanceId(), facts.processKey(), facts.taskKey(),
				facts.name() == null ? facts.taskKey() : facts.name(), facts.formKey(), stage, facts.businessKey(),
				item == null ? null : item.getId(), item == null ? null : item.getCode(),
				item == null ? null : item.getName(), item == null ? null : item.getKind().name(), subject,
				item == null ? subjectOrg : item.getDepartmentCode(), item == null ? null : item.getUnitCode(),
				item == null ? null : item.getDivisionCode(), year,
				item == null ? null : item.getBudgetType().name(), item == null ? null : item.getCurrentAmount(),
				item == null ? null : item.getWarningLight(), item == null ? null : item.getGrade(), facts.priority(),
				instant(facts.due()), facts.assignee(), facts.assignee() == null ? null : instant(facts.created()),
				facts.owner(), instant(facts.created()), facts.delegation(), 0, null, facts.groups());
	}

	@Nullable
	private BudgetItem itemOf(TaskFacts facts) {
		if (facts.variable().apply(ITEM_ID) instanceof Number id) {
			return this.items.findById(id.longValue()).orElse(null);
		}
		if (facts.businessKey() != null && facts.variable().apply(ProcessModel.VAR_SUBJECT_LABEL) == null) {
			return this.items.findByCode(facts.businessKey()).orElse(null);
		}
		return null;
	}

	@Nullable
	private static String subjectOrg(TaskFacts facts) {
		Object org = facts.variable().apply(ProcessModel.VAR_SUBJECT_ORG);
		if (org != null) {
			return org.toString();
		}
		Object group = facts.variable().apply(SUBJECT_GROUP);
		return group instanceof String g && g.startsWith(Roles.ORG_GROUP_PREFIX)
				? g.substring(Roles.ORG_GROUP_PREFIX.length()) : null;
	}

	private static MapSqlParameterSource parameters(InboxRow row) {
		return new MapSqlParameterSource().addValue("taskId", row.taskId())
			.addValue("processInstanceId", row.processInstanceId())
			.addValue("processKey", row.processKey())
			.addValue("taskKey", row.taskKey())
			.addValue("taskName", row.taskName())
			.addValue("formKey", row.formKey())
			.addValue("stage", row.stage().name())
			.addValue("businessKey", row.businessKey())
			.addValue("itemId", row.itemId())
			.addValue("itemCode", row.itemCode())
			.addValue("itemName", row.itemName())
			.addValue("itemKind", row.itemKind())
			.addValue("subject", row.subject())
			.addValue("departmentCode", row.departmentCode())
			.addValue("unitCode", row.unitCode())
			.addValue("divisionCode", row.divisionCode())
			.addValue("fiscalYear", row.fiscalYear())
			.addValue("budgetType", row.budgetType())
			.addValue("amount", row.amount())
			.addValue("warningLight", row.warningLight())
			.addValue("grade", row.grade())
			.addValue("priority", row.priority())
			.addValue("dueAt", timestamp(row.dueAt()))
			.addValue("assignee", row.assignee())
			.addValue("claimedAt", timestamp(row.claimedAt()))
			.addValue("owner", row.owner())
			.addValue("createdAt", timestamp(row.createdAt()))
			.addValue("delegation", row.delegation());
	}

	@Nullable
	private static String string(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	@Nullable
	private static Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}

	@Nullable
	private static Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
