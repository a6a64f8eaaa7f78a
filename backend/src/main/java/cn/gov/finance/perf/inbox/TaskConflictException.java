package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.ProblemType;

/**
 * The loser of a race on a task, or a repeated action: the task was completed, claimed, ended or
 * changed by someone else in the meantime. Always 409; {@link TaskConflicts} says by whom and when.
 */
public class TaskConflictException extends DomainException {

	public enum State {

		/** Completed (by someone, maybe by the same user a moment ago). */
		COMPLETED,
		/** Claimed by another user. */
		CLAIMED,
		/** Ended without completion (withdrawn, returned, timer, process ended). */
		ENDED,
		/** Changed while this request was under way. */
		CHANGED

	}

	private final String taskId;

	private final State state;

	public TaskConflictException(String taskId, State state, Message detail) {
		super(ProblemType.CONFLICT, detail);
		this.taskId = taskId;
		this.state = state;
	}

	public String taskId() {
		return this.taskId;
	}

	public State state() {
		return this.state;
	}

}
