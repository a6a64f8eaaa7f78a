package cn.gov.finance.perf.keyevaluation;

/** Where a key evaluation stands. */
public enum KeyEvaluationStatus {

	/** 已抽取，待启动（等待自评结果复核后进入） */
	SELECTED,
	/** 制定评价方案 */
	PLANNING,
	/** 实施评价、撰写报告 */
	EVALUATING,
	/** 专家评分 */
	EXPERT_REVIEW,
	/** 待财政审定 */
	APPROVING,
	/** 结果已审定 */
	APPROVED;

	/** Why an item was drawn. */
	public enum Reason {

		/** 重大项目（按规则全部纳入） */
		MAJOR,
		/** 随机抽取 */
		SAMPLED

	}

	/** The recorded steps of a key evaluation. */
	public enum Step {

		PLAN, REPORT, EXPERT, APPROVAL

	}

	public enum ApprovalDecision {

		/** 审定通过 */
		APPROVE,
		/** 退回修改报告 */
		RETURN

	}

}
