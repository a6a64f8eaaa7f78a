package cn.gov.finance.perf.inbox;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a user may act on a task, and completes it. Every task form
 * endpoint goes through here, so a department can never complete another department's task.
 */
@Component
public class Inbox {

	/**
	 * The process variable that names what a task is about when it is not an item (a department, a
	 * county); its process's business key is then not an item code.
	 */
	public static final String SUBJECT_LABEL = "subjectLabel";

	private final TaskService taskService;

	Inbox(TaskService taskService) {
		this.taskService = taskService;
	}

	/** Open tasks offered to the user's groups or assigned to the user. */
	TaskQuery visibleTo(AppUser user) {
		return this.taskService.createTaskQuery()
			.or()
			.taskAssignee(user.id())
			.taskCandidateGroupIn(user.candidateGroups())
			.endOr()
			.active()
			.initializeFormKeys();
	}

	/**
	 * The task, if it exists, is of the expected kind and the user may act on it now: assigned to
	 * them, or unassigned and offered to one of their groups.
	 */
	public Task requireActionable(String taskId, AppUser user, String... expectedTaskKeys) {
		Task task = requireVisible(taskId, user);
		if (expectedTaskKeys.length > 0 && !List.of(expectedTaskKeys).contains(task.getTaskDefinitionKey())) {
			throw DomainException.conflict("Task " + taskId + " is a '" + task.getName() + "' task, not "
					+ String.join(" or ", expectedTaskKeys));
		}
		if (task.isSuspended()) {
			throw DomainException.conflict("Task " + taskId + " is suspended");
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
			throw DomainException.conflict("Task " + taskId + " has been claimed by " + task.getAssignee());
		}
		return task;
	}

	public Task requireVisible(String taskId, AppUser user) {
		Task task = this.taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw DomainException.notFound("Task", taskId + " (it may have been completed already)");
		}
		if (!mayAct(task, user)) {
			throw DomainException.forbidden("Task " + taskId + " is not offered to you");
		}
		return task;
	}

	public Object variable(Task task, String name) {
		return this.taskService.getVariable(task.getId(), name);
	}

	public void complete(Task task, Map<String, Object> variables) {
		this.taskService.complete(task.getId(), variables);
	}

	void claim(Task task, AppUser user) {
		this.taskService.claim(task.getId(), user.id());
	}

	void release(Task task) {
		this.taskService.setAssignee(task.getId(), null);
	}

	List<String> candidateGroups(String taskId) {
		return this.taskService.getIdentityLinksForTask(taskId)
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private boolean mayAct(Task task, AppUser user) {
		if (user.id().equals(task.getAssignee())) {
			return true;
		}
		List<String> groups = user.candidateGroups();
		return candidateGroups(task.getId()).stream().anyMatch(groups::contains);
	}

}
