package cn.gov.finance.perf.inbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the application knows about one BPMN process beyond its names: the stage its tasks belong
 * to and its separation of duties. Every process class ({@code TargetCompilationProcess}, …) is a
 * bean implementing this, so each process declares its rules once, next to its element ids, and the
 * task pipeline enforces them for every task of that process.
 */
public interface ProcessModel {

	/**
	 * The process variable that names what a task is about when it is not an item (a department, a
	 * county); its process's business key is then not an item code.
	 */
	String VAR_SUBJECT_LABEL = "subjectLabel";

	/** The fiscal year a task is about when it is not an item. */
	String VAR_FISCAL_YEAR = "fiscalYear";

	/** The organisation a task is about when it is not an item (a department, a county finance bureau). */
	String VAR_SUBJECT_ORG = "subjectOrg";

	String key();

	TaskStage stage();

	/** The reviewing steps of this process and the steps whose completer may not do them. */
	default List<Separation> separations() {
		return List.of();
	}

	default Optional<Separation> separationOf(String taskKey) {
		return separations().stream().filter(s -> s.task().equals(taskKey)).findFirst();
	}

	/**
	 * Separation of duties: whoever completed one of {@code producers} (the step that produced what
	 * is reviewed) in the same process instance may not complete {@code task}. {@code rule} is the
	 * message the refused user reads.
	 */
	record Separation(String task, Set<String> producers, String rule) {

		public static Separation of(String task, String rule, String... producers) {
			return new Separation(task, Set.of(producers), rule);
		}

	}

}
