package cn.gov.finance.perf.overall;

/** Where a body evaluation stands, and the values of its steps. */
public enum BodyEvaluationStatus {

	/** 自评报送 */
	SELF_REPORT,
	/** 财政评分 */
	FINANCE_SCORING,
	/** 预算挂钩确认 */
	LINKAGE,
	/** 已完成 */
	CLOSED;

	public enum Step {

		SELF_REPORT, FINANCE_SCORE, LINKAGE, CHASE

	}

	public enum FinanceDecision {

		/** 评分 */
		SCORE,
		/** 退回补充 */
		RETURN

	}

}
