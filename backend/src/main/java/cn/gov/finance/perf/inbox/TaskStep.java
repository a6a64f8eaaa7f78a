package cn.gov.finance.perf.inbox;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.Message;

import org.springframework.lang.Nullable;

/**
 * A task being acted on through the {@link TaskPipeline}: what it is, its process variables (read
 * once, when the task was resolved), who acts, and what the step hands back to the process.
 */
public final class TaskStep {

	private final InboxRow task;

	private final Map<String, Object> variables;

	private final AppUser actor;

	private final Map<String, Object> completionVariables = new HashMap<>();

	private final String onBehalfOf;

	private String decision;

	private String opinion;

	TaskStep(InboxRow task, Map<String, Object> variables, AppUser actor, @Nullable String onBehalfOf) {
		this.task = task;
		this.variables = variables;
		this.actor = actor;
		this.onBehalfOf = onBehalfOf;
	}

	/** Whom the actor stands in for (leave delegation), if anyone. */
	@Nullable
	public String onBehalfOf() {
		return this.onBehalfOf;
	}

	public String id() {
		return this.task.taskId();
	}

	public String taskKey() {
		return this.task.taskKey();
	}

	public String processKey() {
		return this.task.processKey();
	}

	public String processInstanceId() {
		return this.task.processInstanceId();
	}

	@Nullable
	public String businessKey() {
		return this.task.businessKey();
	}

	@Nullable
	public String assignee() {
		return this.task.assignee();
	}

	/** The user acting (the one logged in). */
	public AppUser actor() {
		return this.actor;
	}

	@Nullable
	public Object variable(String name) {
		return this.variables.get(name);
	}

	/**
	 * A variable the step cannot do without, as a Long (ids); a task without it is not about what
	 * the endpoint acts on.
	 */
	public Long longVariable(String name) {
		if (this.variables.get(name) instanceof Number number) {
			return number.longValue();
		}
		throw new TaskConflictException(id(), TaskConflictException.State.CHANGED,
				Message.of("task.missingVariable", id(), this.task.taskName(), name));
	}

	/** A variable handed to the process when the task completes. */
	public TaskStep set(String name, Object value) {
		this.completionVariables.put(name, value);
		return this;
	}

	public TaskStep setAll(Map<String, Object> values) {
		this.completionVariables.putAll(values);
		return this;
	}

	/** The decision and opinion the step's record and the item's timeline show. */
	public TaskStep record(@Nullable String decision, @Nullable String opinion) {
		this.decision = decision;
		this.opinion = opinion;
		return this;
	}

	InboxRow row() {
		return this.task;
	}

	Map<String, Object> completionVariables() {
		return Collections.unmodifiableMap(this.completionVariables);
	}

	@Nullable
	public String decision() {
		return this.decision;
	}

	@Nullable
	public String opinion() {
		return this.opinion;
	}

}
