package cn.gov.finance.perf.engine;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses, in the engine, every completion of an application task (a task of a process that has a
 * {@code ProcessModel}) that does not come through the task pipeline: {@code TaskService.complete}
 * called elsewhere, Tasklist, a REST call that got past the allowlist. The pipeline marks the one
 * task it completes, for the duration of that call and on its own thread ({@link #completing}); a
 * completion without the mark throws {@link TaskCompletionRefusedException}, so the command and the
 * transaction around it roll back and the task stays open.
 * <p>
 * Only {@code inbox.TaskPipeline} calls {@link #completing} in the application (a test checks it).
 */
public final class TaskCompletionGuard implements TaskListener {

	private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

	private final String processKey;

	private final Predicate<String> applicationProcess;

	TaskCompletionGuard(String processKey, Predicate<String> applicationProcess) {
		this.processKey = processKey;
		this.applicationProcess = applicationProcess;
	}

	/** Runs {@code body}, in which the task {@code taskId} may be completed. */
	public static <R> R completing(String taskId, Supplier<R> body) {
		String previous = COMPLETING.get();
		COMPLETING.set(taskId);
		try {
			return body.get();
		}
		finally {
			if (previous == null) {
				COMPLETING.remove();
			}
			else {
				COMPLETING.set(previous);
			}
		}
	}

	/** As {@link #completing(String, Supplier)}, for a body without a result. */
	public static void completing(String taskId, Runnable body) {
		completing(taskId, () -> {
			body.run();
			return null;
		});
	}

	@Override
	public void notify(DelegateTask task) {
		if (this.applicationProcess.test(this.processKey) && !task.getId().equals(COMPLETING.get())) {
			throw new TaskCompletionRefusedException(task.getId(), task.getTaskDefinitionKey(), this.processKey);
		}
	}

}
