package cn.gov.finance.perf.inbox;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The approver's inbox: tasks offered to the user, oldest first, with the item each is about. */
@RestController
@RequestMapping("/api")
class TaskController {

	private final Inbox inbox;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final BudgetItemRepository items;

	private final ItemAccess access;

	TaskController(Inbox inbox, RuntimeService runtimeService, TaskService taskService, BudgetItemRepository items,
			ItemAccess access) {
		this.inbox = inbox;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.items = items;
		this.access = access;
	}

	@Operation(summary = "Open tasks offered to me or assigned to me")
	@GetMapping("/tasks")
	@Transactional(readOnly = true)
	PageView<TaskView> list(@AuthenticationPrincipal AppUser user,
			@RequestParam(defaultValue = "false") boolean mineOnly, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		TaskQuery query = mineOnly ? this.taskService.createTaskQuery().taskAssignee(user.id()).active().initializeFormKeys()
				: this.inbox.visibleTo(user);
		long total = query.count();
		List<Task> tasks = query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(page * size, size);
		return new PageView<>(views(tasks), total, page, size);
	}

	@Operation(summary = "One task I may act on")
	@GetMapping("/tasks/{taskId}")
	@Transactional(readOnly = true)
	TaskView get(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return views(List.of(this.inbox.requireVisible(taskId, user))).get(0);
	}

	@Operation(summary = "Take a group task so that nobody else works on it")
	@PostMapping("/tasks/{taskId}/claim")
	@Transactional
	TaskView claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		Task task = this.inbox.requireActionable(taskId, user);
		if (task.getAssignee() == null) {
			this.inbox.claim(task, user);
		}
		return get(user, taskId);
	}

	@Operation(summary = "Give a claimed task back to its group")
	@PostMapping("/tasks/{taskId}/release")
	@Transactional
	TaskView release(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		this.inbox.release(this.inbox.requireActionable(taskId, user));
		return get(user, taskId);
	}

	@Operation(summary = "Open tasks on one item (for its page)")
	@GetMapping("/items/{code}/tasks")
	@Transactional(readOnly = true)
	List<TaskView> itemTasks(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		BudgetItem item = this.access.requireVisible(code, user);
		List<Task> tasks = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(item.getCode())
			.initializeFormKeys()
			.orderByTaskCreateTime()
			.asc()
			.list();
		return views(tasks);
	}

	private List<TaskView> views(List<Task> tasks) {
		Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
				: this.runtimeService.createProcessInstanceQuery()
					.processInstanceIds(new HashSet<>(instanceIds))
					.list()
					.stream()
					.collect(Collectors.toMap(ProcessInstance::getId, pi -> String.valueOf(pi.getBusinessKey())));
		Map<String, BudgetItem> itemsByCode = this.items.findAllByCodeIn(Set.copyOf(businessKeys.values()))
			.stream()
			.collect(Collectors.toMap(BudgetItem::getCode, Function.identity()));
		// Tasks about a whole body (a department, a county) rather than an item carry a label instead.
		Set<String> withoutItem = instanceIds.stream()
			.filter(id -> !itemsByCode.containsKey(businessKeys.get(id)))
			.collect(Collectors.toSet());
		Map<String, String> subjects = withoutItem.isEmpty() ? Map.of()
				: this.runtimeService.createVariableInstanceQuery()
					.processInstanceIdIn(withoutItem.toArray(String[]::new))
					.variableName(Inbox.SUBJECT_LABEL)
					.list()
					.stream()
					.collect(Collectors.toMap(VariableInstance::getProcessInstanceId, v -> String.valueOf(v.getValue()),
							(a, b) -> a));
		return tasks.stream().map(task -> {
			BudgetItem item = itemsByCode.get(businessKeys.get(task.getProcessInstanceId()));
			return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
					task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()),
					this.inbox.candidateGroups(task.getId()), item == null ? null : item.getCode(),
					item == null ? null : item.getName(), item == null ? null : item.getDepartmentCode(),
					subjects.get(task.getProcessInstanceId()));
		}).toList();
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	record TaskView(String id, String name, String taskKey, @Nullable String formKey, @Nullable String assignee,
			Instant created, @Nullable Instant due, List<String> candidateGroups, @Nullable String itemCode,
			@Nullable String itemName, @Nullable String departmentCode, @Nullable String subject) {
	}

}
