package cn.gov.finance.perf.inbox;

/**
 * Where in the work a task belongs: the five links of an item's chain (domain.md §3), plus the
 * oversight work that is not about one item. Each process declares its stage in its
 * {@link ProcessModel}.
 */
public enum TaskStage {

	/** 事前绩效评估 */
	ASSESSMENT,
	/** 绩效目标管理 */
	TARGET_COMPILATION,
	/** 绩效运行监控 */
	MONITORING,
	/** 绩效评价 */
	EVALUATION,
	/** 结果应用 */
	RESULT_APPLICATION,
	/** 部门整体与财政运行评价 */
	BODY_EVALUATION,
	/** 绩效考核 */
	APPRAISAL,
	/** 审计复核 */
	AUDIT,
	/** 其他: a process the application has no model of (refused by deployment checks) */
	OTHER

}
