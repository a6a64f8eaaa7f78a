package cn.gov.finance.perf.inbox;

import java.util.List;

import org.springframework.lang.Nullable;

/**
 * Someone should be told about a task: published in the transaction of the change, delivered (as
 * notifications) once it has committed. {@code groups} reach every member.
 */
public record TaskNotice(Kind kind, @Nullable String taskId, @Nullable String itemCode, List<String> users,
		List<String> groups, String title, @Nullable String body) {

	public enum Kind {

		/** A new task for the user or their group. */
		TASK,
		/** A task came back to the user. */
		RETURN,
		/** A task was handed to the user. */
		TRANSFER,
		/** The user is asked to help with a task (委派). */
		DELEGATE,
		/** A helper handed a delegated task back. */
		RESOLVE,
		/** A read-only copy. */
		COPY,
		/** A coordinator urges the holder. */
		URGE,
		/** The daily digest of overdue and due-soon tasks. */
		DIGEST

	}

}
