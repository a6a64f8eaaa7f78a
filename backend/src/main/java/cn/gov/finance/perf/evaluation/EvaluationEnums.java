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

		EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

		private final String label;

		Grade(String label) {
			this.label = label;
		}

		/** The grade as documents write it: 优, 良, 中, 差. */
		public String label() {
			return this.label;
		}

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
