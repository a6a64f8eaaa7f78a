package cn.gov.finance.perf.tracking;

/**
 * The charts of the coordinators' dashboard. Each names the items behind one of its bars or slices
 * by a key, so a click on the chart lists exactly the items the figure counted.
 */
public enum DashboardChart {

	/** Items per stage; key: the stage ({@code ASSESSMENT} … {@code CLOSED}). */
	STAGE,
	/** Items with an open task past its due date, per department; key: the department code. */
	OVERDUE,
	/** Funded items per warning light; key: {@code RED}, {@code YELLOW}, {@code GREEN}, {@code NO_BUDGET}, {@code NONE}. */
	LIGHT,
	/** Items per evaluation grade (the applied result, else the fixed self-evaluation); key: the grade. */
	GRADE,
	/** Items whose funds were suspended, stopped, recovered or cut; key: {@code SUSPEND}, {@code STOP}, {@code RECOVER}, {@code CUT}. */
	FUNDS,
	/** Funded items by self-evaluation; key: {@code SUBMITTED}, {@code OVERDUE}, {@code PENDING}. */
	COVERAGE,
	/** Items that finished a stage (whose days are averaged); key: the stage. */
	DAYS

}
