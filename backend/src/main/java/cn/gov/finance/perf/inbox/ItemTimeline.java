package cn.gov.finance.perf.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's whole story from the engine's history and the application's records: every task of every
 * process of the item (who did it, on whose behalf, when, with which decision and opinion, and the
 * transfers, returns, comments, attachments and urges on it), what is open and who holds it by name,
 * and each process with the steps it passed and the ones it waits at, for its diagram. An audit
 * review is finance's and audit's until it is closed, as on the item's task list.
 */
@Service
public class ItemTimeline {

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private final HistoryService historyService;

	private final RepositoryService repositoryService;

	private final TaskActions actions;

	private final TaskCompletions completions;

	private final InboxTasks inbox;

	private final HolderNames names;

	private final ProcessModels models;

	ItemTimeline(HistoryService historyService, RepositoryService repositoryService, TaskActions actions,
			TaskCompletions completions, InboxTasks inbox, HolderNames names, ProcessModels models) {
		this.historyService = historyService;
		this.repositoryService = repositoryService;
		this.actions = actions;
		this.completions = completions;
		this.inbox = inbox;
		this.names = names;
		this.models = models;
	}

	/** Where a task stands: open, done, or ended without being done (returned, withdrawn, ended by an event). */
	public enum TimelineTaskState {

		OPEN, COMPLETED, CANCELLED

	}

	/** One task of the item, with everything recorded on it. */
	public record TimelineTask(String taskId, String taskKey, String taskName, String processKey,
			String processInstanceId, TaskStage stage, TimelineTaskState state, Instant createdAt,
			@Nullable Instant endedAt, @Nullable Instant dueAt, @Nullable String actor, @Nullable String actorName,
			@Nullable String onBehalfOf, @Nullable String onBehalfOfName, @Nullable String holder,
			@Nullable String decision, @Nullable String opinion, List<TaskActions.ActionView> actions,
			List<TaskActions.CommentView> comments, List<TaskActions.AttachmentView> attachments,
			List<TaskActions.UrgeView> urges) {
	}

	/** An item's tasks, oldest first. */
	public record ItemTimelineView(String itemCode, List<TimelineTask> tasks) {
	}

	/** One process instance of the item with the steps it passed and waits at (ids of its BPMN elements). */
	public record ItemProcessTrail(String processInstanceId, String processDefinitionId, String processKey,
			@Nullable String name, TaskStage stage, Instant startedAt, @Nullable Instant endedAt, String state,
			@Nullable String superProcessInstanceId, List<String> activeActivityIds, List<String> doneActivityIds) {
	}

	/** The BPMN 2.0 XML of the process definition an item's process instance runs. */
	public record ItemProcessXml(String processInstanceId, String processDefinitionId, String xml) {
	}

	/** The creation order an id carries: a version-1 UUID's timestamp, a numeric id itself, else 0. */
	static long creationTick(String id) {
		try {
			java.util.UUID uuid = java.util.UUID.fromString(id);
			return uuid.version() == 1 ? uuid.timestamp() : 0;
		}
		catch (IllegalArgumentException notUuid) {
			try {
				return Long.parseLong(id);
			}
			catch (NumberFormatException notNumber) {
				return 0;
			}
		}
	}

	@Transactional(readOnly = true)
	public ItemTimelineView timeline(String itemCode, AppUser user) {
		Set<String> hidden = hiddenInstances(itemCode, user);
		List<HistoricTaskInstance> tasks = this.historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(itemCode)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.stream()
			.filter(t -> !hidden.contains(t.getProcessInstanceId()))
			.toList();
		Set<String> taskIds = tasks.stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
		Map<String, TaskCompletions.Completion> done = this.completions.ofItem(itemCode)
			.stream()
			.collect(Collectors.toMap(TaskCompletions.Completion::taskId, Function.identity(), (a, b) -> a));
		Map<String, InboxRow> open = this.inbox.ofItem(itemCode)
			.stream()
			.collect(Collectors.toMap(InboxRow::taskId, Function.identity(), (a, b) -> a));
		Map<String, List<TaskActions.ActionView>> actionsByTask = this.actions.actionsOf("item_code", itemCode)
			.stream()
			.collect(Collectors.groupingBy(TaskActions.ActionView::taskId));
		Map<String, List<TaskActions.CommentView>> commentsByTask = this.actions.commentsOfItem(itemCode)
			.stream()
			.collect(Collectors.groupingBy(TaskActions.CommentView::taskId));
		Map<String, List<TaskActions.AttachmentView>> attachmentsByTask = this.actions.attachmentsOfItem(itemCode);
		Map<String, List<TaskActions.UrgeView>> urgesByTask = this.actions.urgesOfTasks(taskIds);

		Set<String> users = new HashSet<>();
		Set<String> groups = new HashSet<>();
		tasks.forEach(t -> users.add(t.getAssignee()));
		done.values().forEach(c -> users.add(c.onBehalfOf()));
		open.values().forEach(r -> {
			users.add(r.assignee());
			groups.addAll(r.groups());
		});
		Map<String, String> userNames = this.names.users(users);
		Map<String, String> groupNames = this.names.groups(groups);

		List<TimelineTask> rows = new ArrayList<>();
		for (HistoricTaskInstance t : tasks) {
			String processKey = t.getProcessDefinitionKey();
			TaskStage stage = stageOf(processKey);
			TimelineTaskState state = t.getEndTime() == null ? TimelineTaskState.OPEN
					: "completed".equals(t.getDeleteReason()) ? TimelineTaskState.COMPLETED : TimelineTaskState.CANCELLED;
			TaskCompletions.Completion c = done.get(t.getId());
			InboxRow row = open.get(t.getId());
			String actor = c != null ? c.actor() : state == TimelineTaskState.COMPLETED ? t.getAssignee() : null;
			String actorName = c != null && c.actorName() != null ? c.actorName() : name(userNames, actor);
			String holder = null;
			if (state == TimelineTaskState.OPEN) {
				String assignee = row != null ? row.assignee() : t.getAssignee();
				List<String> offered = row != null ? row.groups() : List.of();
				holder = assignee != null ? name(userNames, assignee)
						: String.join("、", offered.stream().map(g -> groupNames.getOrDefault(g, g)).toList());
			}
			rows.add(new TimelineTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey,
					t.getProcessInstanceId(), stage, state, t.getStartTime().toInstant(),
					t.getEndTime() == null ? null : t.getEndTime().toInstant(),
					t.getDueDate() == null ? null : t.getDueDate().toInstant(), actor, actorName,
					c == null ? null : c.onBehalfOf(), c == null ? null : name(userNames, c.onBehalfOf()), holder,
					c == null ? null : c.decision(), c == null ? null : c.opinion(),
					actionsByTask.getOrDefault(t.getId(), List.of()), commentsByTask.getOrDefault(t.getId(), List.of()),
					attachmentsByTask.getOrDefault(t.getId(), List.of()), urgesByTask.getOrDefault(t.getId(), List.of())));
		}
		// Times have whole seconds on MySQL: within a second, the task created first comes first, as its id
		// says (Camunda's ids are time-based UUIDs, generated in order), then what ended first.
		rows.sort(Comparator.comparing(TimelineTask::createdAt)
			.thenComparingLong(row -> creationTick(row.taskId()))
			.thenComparing(TimelineTask::endedAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return new ItemTimelineView(itemCode, rows);
	}

	/** Every process instance of the item, oldest first, with its passed and waiting steps. */
	@Transactional(readOnly = true)
	public List<ItemProcessTrail> processes(String itemCode, AppUser user) {
		Set<String> hidden = hiddenInstances(itemCode, user);
		List<HistoricProcessInstance> all = instances(itemCode);
		Map<String, HistoricProcessInstance> byId = all.stream()
			.collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
		// A called process starts in the same second as its caller (MySQL keeps whole seconds): callers first.
		List<HistoricProcessInstance> instances = all.stream()
			.filter(p -> !hidden.contains(p.getId()))
			.sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
				.thenComparingInt(p -> depth(p, byId)))
			.toList();
		if (instances.isEmpty()) {
			return List.of();
		}
		Map<String, List<HistoricActivityInstance>> activities = new HashMap<>();
		for (HistoricProcessInstance p : instances) {
			activities.put(p.getId(), this.historyService.createHistoricActivityInstanceQuery()
				.processInstanceId(p.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.list());
		}
		Map<String, String> definitionNames = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionIdIn(instances.stream().map(HistoricProcessInstance::getProcessDefinitionId).distinct().toArray(String[]::new))
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessDefinition::getId, d -> d.getName() == null ? d.getKey() : d.getName()));
		List<ItemProcessTrail> trails = new ArrayList<>();
		for (HistoricProcessInstance p : instances) {
			Set<String> active = new LinkedHashSet<>();
			Set<String> passed = new LinkedHashSet<>();
			for (HistoricActivityInstance a : activities.getOrDefault(p.getId(), List.of())) {
				String id = elementId(a.getActivityId());
				if (a.getEndTime() == null) {
					active.add(id);
				}
				else {
					passed.add(id);
				}
			}
			trails.add(new ItemProcessTrail(p.getId(), p.getProcessDefinitionId(), p.getProcessDefinitionKey(),
					definitionNames.get(p.getProcessDefinitionId()), stageOf(p.getProcessDefinitionKey()),
					p.getStartTime().toInstant(), p.getEndTime() == null ? null : p.getEndTime().toInstant(), p.getState(),
					p.getSuperProcessInstanceId(), List.copyOf(active), List.copyOf(passed)));
		}
		return trails;
	}

	/** The model of one of the item's process instances; 404 when the instance is not the item's (or is hidden). */
	@Transactional(readOnly = true)
	public ItemProcessXml xml(String itemCode, String processInstanceId, AppUser user) {
		HistoricProcessInstance instance = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null || !itemCode.equals(instance.getBusinessKey())
				|| hiddenInstances(itemCode, user).contains(instance.getId())) {
			throw DomainException.notFound("Process instance", processInstanceId);
		}
		try (InputStream model = this.repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
			return new ItemProcessXml(instance.getId(), instance.getProcessDefinitionId(),
					new String(model.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<HistoricProcessInstance> instances(String itemCode) {
		return this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(itemCode)
			.orderByProcessInstanceStartTime()
			.asc()
			.list();
	}

	/** Process instances the user may not look into: audit reviews still open, for all but finance and audit. */
	private Set<String> hiddenInstances(String itemCode, AppUser user) {
		if (ItemAccess.seesAll(user)) {
			return Set.of();
		}
		return instances(itemCode).stream()
			.filter(p -> stageOf(p.getProcessDefinitionKey()) == TaskStage.AUDIT && p.getEndTime() == null)
			.map(HistoricProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	private static int depth(HistoricProcessInstance instance, Map<String, HistoricProcessInstance> byId) {
		int depth = 0;
		HistoricProcessInstance at = instance;
		while (at != null && at.getSuperProcessInstanceId() != null && depth < 32) {
			at = byId.get(at.getSuperProcessInstanceId());
			depth++;
		}
		return depth;
	}

	private TaskStage stageOf(String processKey) {
		return this.models.find(processKey).map(ProcessModel::stage).orElse(TaskStage.OTHER);
	}

	/** Multi-instance bodies are drawn as their activity. */
	private static String elementId(String activityId) {
		return activityId.endsWith(MULTI_INSTANCE_BODY)
				? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
	}

	private static @Nullable String name(Map<String, String> names, @Nullable String id) {
		return id == null ? null : names.getOrDefault(id, id);
	}

}
