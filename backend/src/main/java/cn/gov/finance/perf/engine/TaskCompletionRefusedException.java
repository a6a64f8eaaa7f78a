package cn.gov.finance.perf.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/** A completion of an application task that did not come through the task pipeline. */
public class TaskCompletionRefusedException extends ProcessEngineException {

	private static final long serialVersionUID = 1L;

	TaskCompletionRefusedException(String taskId, String taskKey, String processKey) {
		super("Task " + taskId + " (" + taskKey + " of " + processKey
				+ ") is an application task: it is completed only through the application's task pipeline");
	}

}
