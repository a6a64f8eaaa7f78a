package cn.gov.finance.perf.inbox;

/** The orders the inbox offers; each ends with the task id so pages never overlap. */
enum InboxSort {

	/** Due date, soonest first; tasks without one last. */
	DUE("(v.due_at is null) asc, v.due_at %s, v.created_at asc", "asc"),
	/** Arrival, oldest first by default. */
	CREATED("v.created_at %s", "asc"),
	/** Amount, largest first by default; tasks without one last. */
	AMOUNT("(v.amount is null) asc, v.amount %s", "desc"),
	/** Camunda priority, highest first by default. */
	PRIORITY("v.priority %s, v.created_at asc", "desc");

	private final String template;

	private final String defaultDirection;

	InboxSort(String template, String defaultDirection) {
		this.template = template;
		this.defaultDirection = defaultDirection;
	}

	String orderBy(String direction) {
		String dir = "desc".equalsIgnoreCase(direction) ? "desc" : "asc".equalsIgnoreCase(direction) ? "asc" : this.defaultDirection;
		return this.template.formatted(dir) + ", v.task_id asc";
	}

}
