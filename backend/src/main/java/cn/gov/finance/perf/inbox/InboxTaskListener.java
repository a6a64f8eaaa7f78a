package cn.gov.finance.perf.inbox;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Added by {@link InboxEnginePlugin} as a built-in listener of every user task (so it runs even when
 * custom listeners are skipped): keeps {@code inbox_task} in step with the engine inside the
 * engine's command and transaction. On completion it also names the actor as the task's assignee
 * when nobody had claimed it, so Camunda's history says who completed every task.
 */
class InboxTaskListener implements TaskListener {

	static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
			EVENTNAME_COMPLETE, EVENTNAME_DELETE);

	private final String processKey;

	private final ObjectProvider<InboxTaskWriter> writer;

	InboxTaskListener(String processKey, ObjectProvider<InboxTaskWriter> writer) {
		this.processKey = processKey;
		this.writer = writer;
	}

	@Override
	public void notify(DelegateTask task) {
		InboxTaskWriter inbox = this.writer.getObject();
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> inbox.insert(facts(task));
			case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> inbox.update(task.getId(), task.getName(), task.getDueDate(),
					task.getPriority(), task.getAssignee(), task.getOwner(), delegation(task));
			case EVENTNAME_COMPLETE -> {
				nameTheActor(task);
				inbox.remove(task.getId());
			}
			case EVENTNAME_DELETE -> inbox.remove(task.getId());
			default -> {
			}
		}
	}

	private static String delegation(DelegateTask task) {
		return task instanceof TaskEntity entity && entity.getDelegationState() != null ? entity.getDelegationState().name()
				: null;
	}

	private static void nameTheActor(DelegateTask task) {
		CommandContext command = Context.getCommandContext();
		String actor = command == null ? null : command.getAuthenticatedUserId();
		if (task.getAssignee() == null && actor != null && task instanceof TaskEntity entity) {
			// Without cascade: no assignment event, no extra statement; the completion's history event
			// carries the assignee into ACT_HI_TASKINST.
			entity.setAssigneeWithoutCascade(actor);
		}
	}

	private InboxTaskWriter.TaskFacts facts(DelegateTask task) {
		String formKey = null;
		if (task instanceof TaskEntity entity) {
			entity.initializeFormKey();
			formKey = entity.getFormKey();
		}
		List<String> groups = task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		return new InboxTaskWriter.TaskFacts(task.getId(), task.getProcessInstanceId(), this.processKey,
				task.getTaskDefinitionKey(), task.getName(), formKey, task.getPriority(), task.getDueDate(),
				task.getAssignee(), task.getOwner(), delegation(task), task.getCreateTime(),
				task.getExecution().getProcessBusinessKey(), groups, task::getVariable);
	}

}
