package cn.gov.finance.perf.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the inbox read model honest: compares {@code inbox_task} and its groups with the engine's
 * open tasks ({@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}) and rewrites every row that differs
 * — missing, stale, another assignee, other candidate groups. Runs on start, after the process
 * models are deployed and before the demo data, and when an administrator asks.
 */
@Component
@Order(1)
public class InboxReconciler implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InboxReconciler.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final InboxTaskWriter writer;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final TransactionTemplate transactions;

	InboxReconciler(NamedParameterJdbcTemplate jdbc, InboxTaskWriter writer, TaskService taskService,
			RuntimeService runtimeService, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.transactions = transactions;
	}

	/** What a reconciliation found and repaired. */
	public record InboxConsistency(int missing, int stale, int changed) {

		public boolean consistent() {
			return this.missing == 0 && this.stale == 0 && this.changed == 0;
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		InboxConsistency report = reconcile();
		if (report.consistent()) {
			log.info("Inbox read model matches the engine's open tasks");
		}
		else {
			log.warn("Inbox read model repaired: {} missing, {} stale, {} changed rows", report.missing(), report.stale(),
					report.changed());
		}
	}

	/** Finds the differences without repairing them (tests assert there are none). */
	public InboxConsistency differences() {
		Set<String> missing = missing();
		Set<String> stale = stale();
		Set<String> changed = changed();
		changed.removeAll(missing);
		Set<String> copies = staleCopies(stale, changed);
		return new InboxConsistency(missing.size(), stale.size(), changed.size() + copies.size());
	}

	public InboxConsistency reconcile() {
		return this.transactions.execute(status -> {
			Set<String> missing = missing();
			Set<String> stale = stale();
			Set<String> changed = changed();
			changed.removeAll(missing);
			Set<String> copies = staleCopies(stale, changed);
			stale.forEach(this.writer::remove);
			Set<String> rewrite = new HashSet<>(missing);
			rewrite.addAll(changed);
			rewrite.forEach(this.writer::remove);
			insertFromEngine(rewrite);
			// A stale copy is repaired from its own task row, which is right: the task keeps its urges
			// and claim time.
			this.writer.copyToGroups(copies);
			return new InboxConsistency(missing.size(), stale.size(), changed.size() + copies.size());
		});
	}

	/** Tasks whose group rows' copies are out of date, of those not repaired otherwise. */
	private Set<String> staleCopies(Set<String> stale, Set<String> changed) {
		Set<String> copies = ids(STALE_COPIES);
		copies.removeAll(stale);
		copies.removeAll(changed);
		return copies;
	}

	// The comparisons run in memory on two index scans per side: joining the application's tables
	// (utf8mb4) with Camunda's (utf8mb3_bin on MySQL) on ids cannot use an index in one direction.

	private Set<String> missing() {
		Set<String> engine = ids("select ID_ from ACT_RU_TASK");
		engine.removeAll(ids("select task_id from inbox_task"));
		return engine;
	}

	private Set<String> stale() {
		Set<String> inbox = ids("select task_id from inbox_task");
		inbox.removeAll(ids("select ID_ from ACT_RU_TASK"));
		return inbox;
	}

	/** Group rows whose copies of the task row (V74) say otherwise than the task row. */
	private static final String STALE_COPIES = """
			select distinct g.task_id from inbox_task_group g join inbox_task t on t.task_id = g.task_id
			where g.unclaimed <> (%s)
			  or (g.created_at is null) <> (t.created_at is null) or g.created_at <> t.created_at
			  or (g.due_at is null) <> (t.due_at is null) or g.due_at <> t.due_at
			  or (g.amount is null) <> (t.amount is null) or g.amount <> t.amount
			  or g.priority <> t.priority
			""".formatted(InboxTaskWriter.UNCLAIMED);

	/** Open in both, but with another assignee or other candidate groups. */
	private Set<String> changed() {
		Map<String, String> engine = pairs("select ID_, coalesce(ASSIGNEE_, '-') from ACT_RU_TASK");
		Map<String, String> inbox = pairs("select task_id, coalesce(assignee, '-') from inbox_task");
		Set<String> changed = new HashSet<>();
		engine.forEach((id, assignee) -> {
			String ours = inbox.get(id);
			if (ours != null && !ours.equals(assignee)) {
				changed.add(id);
			}
		});
		Set<String> engineGroups = new HashSet<>(this.jdbc.getJdbcTemplate()
			.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ is not null and GROUP_ID_ is not null "
					+ "and TYPE_ = 'candidate'", (rs, n) -> rs.getString(1) + "\u0000" + rs.getString(2)));
		Set<String> inboxGroups = new HashSet<>(this.jdbc.getJdbcTemplate()
			.query("select task_id, group_id from inbox_task_group", (rs, n) -> rs.getString(1) + "\u0000" + rs.getString(2)));
		for (String pair : symmetricDifference(engineGroups, inboxGroups)) {
			String id = pair.substring(0, pair.indexOf('\u0000'));
			if (engine.containsKey(id) && inbox.containsKey(id)) {
				changed.add(id);
			}
		}
		return changed;
	}

	private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
		Set<String> result = new HashSet<>(a);
		result.removeAll(b);
		Set<String> other = new HashSet<>(b);
		other.removeAll(a);
		result.addAll(other);
		return result;
	}

	private Map<String, String> pairs(String sql) {
		Map<String, String> pairs = new java.util.HashMap<>();
		this.jdbc.getJdbcTemplate().query(sql, rs -> {
			pairs.put(rs.getString(1), rs.getString(2));
		});
		return pairs;
	}

	private Set<String> ids(String sql) {
		return new HashSet<>(this.jdbc.getJdbcTemplate().queryForList(sql, String.class));
	}

	private void insertFromEngine(Set<String> taskIds) {
		if (taskIds.isEmpty()) {
			return;
		}
		for (List<String> chunk : InboxTaskWriter.chunks(List.copyOf(taskIds), 500)) {
			List<Task> tasks = this.taskService.createTaskQuery().taskIdIn(chunk.toArray(String[]::new)).initializeFormKeys().list();
			Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
			Map<String, ProcessInstance> byId = this.runtimeService.createProcessInstanceQuery()
				.processInstanceIds(instances)
				.list()
				.stream()
				.collect(Collectors.toMap(ProcessInstance::getId, pi -> pi));
			for (Task task : tasks) {
				List<String> groups = this.taskService.getIdentityLinksForTask(task.getId())
					.stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
					.map(IdentityLink::getGroupId)
					.toList();
				Map<String, Object> variables = this.taskService.getVariables(task.getId());
				ProcessInstance instance = byId.get(task.getProcessInstanceId());
				this.writer.insert(new InboxTaskWriter.TaskFacts(task.getId(), task.getProcessInstanceId(),
						ProcessModels.keyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
						task.getFormKey(), task.getPriority(), task.getDueDate(), task.getAssignee(), task.getOwner(),
						task.getDelegationState() == null ? null : task.getDelegationState().name(), task.getCreateTime(),
						instance == null ? null : instance.getBusinessKey(), groups, variables::get), false);
			}
		}
	}



}
