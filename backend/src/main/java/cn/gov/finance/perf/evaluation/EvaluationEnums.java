package cn.gov.finance.perf.evaluation;

/** Values of self-evaluations. */
public final class EvaluationEnums {

	private EvaluationEnums() {
	}

	public enum EvaluationStatus {

		/** 待自评 */
		OPEN,
		/** 已报送 */
		SUBMITTED,
		/** 结果已确定 */
		FIXED

	}

	/** The grade of a 100-point total (EvaluationGrade.dmn). */
	public enum Grade {

		/** 优 */
		EXCELLENT,
		/** 良 */
		GOOD,
		/** 中 */
		FAIR,
		/** 差 */
		POOR

	}

	public enum Step {

		/** 部门审核 */
		DEPARTMENT,
		/** 财政复核 */
		RECHECK,
		/** 逾期督办 */
		CHASE

	}

	public enum RecheckDecision {

		/** 复核无误 */
		ACCEPT,
		/** 调整得分 */
		CHANGE

	}

}
