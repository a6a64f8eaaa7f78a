package cn.gov.finance.perf.item;

/** The five links of the chain (domain.md §3), plus the end. */
public enum ItemStage {

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
	/** 已结束 */
	CLOSED

}
