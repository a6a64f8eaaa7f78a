package cn.gov.finance.perf.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退回 and 撤回. The holder of a task sends it back to any step of its stage the item has passed
 * (chosen from the list {@link ReturnPlanner} computes from history, with a preview of what ends and
 * what reopens for whom); the submitter of a step takes it back while the next step is untouched.
 * Both are one process instance modification in the transaction that records them; the reopened
 * step goes to whoever did it last and shows why; the feature reopens its record.
 */
@Service
public class TaskReturns {

	private final TaskPipeline pipeline;

	private final TaskActions actions;

	private final ReturnPlanner planner;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final TaskCompletions completions;

	private final InboxTasks tasks;

	private final IdentityDirectory identities;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	TaskReturns(TaskPipeline pipeline, TaskActions actions, ProcessEngine engine, TaskCompletions completions,
			InboxTasks tasks, IdentityDirectory identities, NamedParameterJdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.pipeline = pipeline;
		this.actions = actions;
		this.planner = new ReturnPlanner(engine);
		this.taskService = engine.getTaskService();
		this.runtimeService = engine.getRuntimeService();
		this.historyService = engine.getHistoryService();
		this.completions = completions;
		this.tasks = tasks;
		this.identities = identities;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A step a task may go back to, with who did it last. */
	public record ReturnTarget(String taskKey, String name, boolean multiInstance, @Nullable String lastActor,
			@Nullable String lastActorName, @Nullable Instant doneAt) {
	}

	/** What a return would do. */
	public record ReturnPreview(ReturnTarget target, List<String> ending, String reopensFor, int joinTokens) {
	}

	@Transactional(readOnly = true)
	public List<ReturnTarget> targets(String taskId, AppUser user) {
		InboxRow row = this.pipeline.visible(taskId, user).row();
		return this.planner.targets(row.processInstanceId(), definitionOf(row), row.taskKey())
			.stream()
			.map(t -> target(row.processInstanceId(), t))
			.toList();
	}

	@Transactional(readOnly = true)
	public ReturnPreview preview(String taskId, AppUser user, String targetKey) {
		InboxRow row = this.pipeline.visible(taskId, user).row();
		ReturnPlanner.Plan plan = plan(row, targetKey);
		return preview(row, plan);
	}

	/** 退回: ends the task (and whatever else lies downstream of the target) and reopens the target step. */
	@Transactional
	public ReturnPreview sendBack(String taskId, AppUser user, String targetKey, String opinion) {
		TaskPipeline.Offer offer = this.pipeline.actionable(taskId, user, null);
		InboxRow row = offer.row();
		if (row.delegated()) {
			throw DomainException.conflict("task.delegatedReturn");
		}
		ReturnPlanner.Plan plan = plan(row, targetKey);
		ReturnPreview preview = preview(row, plan);
		this.actions.record(row, TaskActions.Action.RETURN, user, offer.onBehalfOf(), preview.target().lastActor(), null,
				targetKey, opinion);
		reopen(row, plan, user, opinion, TaskActions.Action.RETURN, preview.target().lastActor());
		return preview;
	}

	/** 撤回: the submitter of a completed step takes it back while the steps it started are untouched. */
	@Transactional
	public ReturnPreview withdraw(String completedTaskId, AppUser user, String opinion) {
		TaskCompletions.Completion done = this.completions.find(completedTaskId)
			.orElseThrow(() -> DomainException.notFound("Completed task", completedTaskId));
		if (!user.id().equals(done.actor()) && !user.id().equals(done.onBehalfOf())) {
			throw DomainException.forbidden("withdraw.notYours");
		}
		List<InboxRow> next = this.tasks.ofInstance(done.processInstanceId())
			.stream()
			.filter(row -> !row.createdAt().isBefore(done.completedAt().minusSeconds(1)))
			.toList();
		if (next.isEmpty()) {
			throw DomainException.conflict("withdraw.noNextStep");
		}
		for (InboxRow row : next) {
			if (row.assignee() != null || row.delegated() || touched(row.taskId())) {
				throw DomainException.conflict("withdraw.nextStarted", row.taskName());
			}
		}
		// Lock the rows of the next steps: the withdrawal and an action on them take turns.
		next.forEach(row -> this.tasks.findForUpdate(row.taskId()));
		InboxRow first = next.get(0);
		ReturnPlanner.Plan plan = this.planner.plan(done.processInstanceId(), definitionOf(first), first.taskKey(),
				done.taskKey());
		ReturnPreview preview = preview(first, plan);
		for (InboxRow row : next) {
			this.actions.record(row, TaskActions.Action.WITHDRAW, user, done.onBehalfOf(), user.id(), null, done.taskKey(),
					opinion);
		}
		reopen(first, plan, user, opinion, TaskActions.Action.WITHDRAW, user.id());
		return preview;
	}

	private void reopen(InboxRow from, ReturnPlanner.Plan plan, AppUser user, String opinion, TaskActions.Action action,
			@Nullable String reopenFor) {
		Set<String> before = new HashSet<>();
		this.taskService.createTaskQuery().processInstanceId(from.processInstanceId()).list().forEach(t -> before.add(t.getId()));
		this.pipeline.as(user, from.taskId(), () -> {
			this.planner.execute(plan, (action == TaskActions.Action.RETURN ? "退回：" : "撤回：") + opinion);
			return null;
		});
		Map<String, Object> variables = this.runtimeService.getVariables(from.processInstanceId());
		this.events.publishEvent(new TaskReturned(from.processKey(), from.processInstanceId(), plan.target().activityId(),
				variables));
		List<Task> reopened = this.taskService.createTaskQuery()
			.processInstanceId(from.processInstanceId())
			.taskDefinitionKey(plan.target().activityId())
			.list()
			.stream()
			.filter(t -> !before.contains(t.getId()))
			.toList();
		for (Task task : reopened) {
			InboxRow row = this.tasks.find(task.getId()).orElseThrow();
			Optional<AppUser> person = reopenFor == null ? Optional.empty() : this.identities.appUser(reopenFor);
			if (task.getAssignee() == null && reopened.size() == 1 && person.isPresent() && TaskActions.mayDo(row, person.get())) {
				this.pipeline.as(user, task.getId(), () -> {
					this.taskService.setAssignee(task.getId(), person.get().id());
					return null;
				});
			}
			this.actions.record(row, action, user, null, reopenFor, null, from.taskKey(), opinion);
			String holder = task.getAssignee() != null ? task.getAssignee() : person.filter(p -> TaskActions.mayDo(row, p))
				.map(AppUser::id)
				.orElse(null);
			this.actions.tell(TaskNotice.Kind.RETURN, row, holder == null ? List.of() : List.of(holder),
					holder == null ? row.groups() : List.of(),
					user.displayName() + (action == TaskActions.Action.RETURN ? " 将「" : " 撤回了「") + from.taskName()
							+ "」" + (action == TaskActions.Action.RETURN ? "退回到「" + row.taskName() + "」" : "，重新办理「" + row.taskName() + "」")
							+ TaskActions.about(row),
					opinion);
		}
	}

	private boolean touched(String taskId) {
		Integer n = this.jdbc.queryForObject("""
				select (select count(*) from task_action where task_id = :id) + (select count(*) from task_comment where task_id = :id)
				  + (select count(*) from task_attachment where task_id = :id)
				""", new MapSqlParameterSource("id", taskId), Integer.class);
		return n != null && n > 0;
	}

	private ReturnPlanner.Plan plan(InboxRow row, String targetKey) {
		try {
			return this.planner.plan(row.processInstanceId(), definitionOf(row), row.taskKey(), targetKey);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("target", "return.notUpstream", row.taskName(), targetKey);
		}
	}

	private ReturnPreview preview(InboxRow row, ReturnPlanner.Plan plan) {
		ReturnTarget target = target(row.processInstanceId(), plan.target());
		List<String> ending = new ArrayList<>();
		Set<String> cancelledKeys = new HashSet<>();
		plan.cancelled().forEach(c -> cancelledKeys.add(c.activityId().replace(ReturnPlanner.MI_BODY, "")));
		for (InboxRow open : this.tasks.ofInstance(row.processInstanceId())) {
			if (cancelledKeys.contains(open.taskKey())) {
				ending.add(open.taskName() + (open.assignee() != null ? "（" + name(open.assignee()) + "）" : ""));
			}
		}
		String reopensFor = target.lastActorName() != null ? target.lastActorName() : groupsOf(row.processInstanceId(), target.taskKey());
		int tokens = plan.joinTokens().values().stream().mapToInt(Integer::intValue).sum();
		return new ReturnPreview(target, ending, reopensFor, tokens);
	}

	private ReturnTarget target(String processInstanceId, ReturnPlanner.Target t) {
		Optional<TaskCompletions.Completion> last = this.completions.latest(processInstanceId, Set.of(t.activityId()));
		return new ReturnTarget(t.activityId(), t.name(), t.multiInstance(), last.map(TaskCompletions.Completion::actor).orElse(null),
				last.map(c -> c.actorName() != null ? c.actorName() : c.actor()).orElse(null),
				last.map(TaskCompletions.Completion::completedAt).orElse(null));
	}

	private String groupsOf(String processInstanceId, String taskKey) {
		List<HistoricTaskInstance> done = this.historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.orderByHistoricActivityInstanceStartTime()
			.desc()
			.listPage(0, 1);
		if (done.isEmpty()) {
			return "";
		}
		if (done.get(0).getAssignee() != null) {
			return name(done.get(0).getAssignee());
		}
		List<String> groups = this.historyService.createHistoricIdentityLinkLogQuery()
			.taskId(done.get(0).getId())
			.type("candidate")
			.list()
			.stream()
			.map(HistoricIdentityLinkLog::getGroupId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		return String.join("、", this.identities.groupNames(groups).values());
	}

	private String name(String userId) {
		return this.identities.userNames(List.of(userId)).getOrDefault(userId, userId);
	}

	private String definitionOf(InboxRow row) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(row.processInstanceId())
			.singleResult()
			.getProcessDefinitionId();
	}


}
