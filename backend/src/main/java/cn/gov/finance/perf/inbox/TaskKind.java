package cn.gov.finance.perf.inbox;

import java.util.Set;

/**
 * The kind of task an endpoint acts on: one or more task definition keys of one or more processes
 * (the department and county evaluations share their steps).
 */
public record TaskKind(Set<String> processKeys, Set<String> taskKeys) {

	public static TaskKind of(String processKey, String... taskKeys) {
		return new TaskKind(Set.of(processKey), Set.of(taskKeys));
	}

	public static TaskKind anyOf(Set<String> processKeys, String... taskKeys) {
		return new TaskKind(Set.copyOf(processKeys), Set.of(taskKeys));
	}

	boolean matches(String processKey, String taskKey) {
		return this.processKeys.contains(processKey) && this.taskKeys.contains(taskKey);
	}

}
