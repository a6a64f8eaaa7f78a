package cn.gov.finance.perf.target;

/** Values of the target review forms. */
public final class TargetEnums {

	private TargetEnums() {
	}

	/** Why an approved target is adjusted (domain.md §3.2). */
	public enum AdjustmentReason {

		/** 计划调整 */
		PLAN_CHANGE,
		/** 政策调整 */
		POLICY_CHANGE,
		/** 重点任务调整 */
		KEY_TASK_CHANGE

	}

	/** Finance's review grade; TargetGradeRouting.dmn decides what each one means. */
	public enum TargetGrade {

		/** 优 */
		EXCELLENT,
		/** 良 */
		GOOD,
		/** 中 */
		FAIR,
		/** 差 */
		POOR

	}

	/** How a sheet meets one review criterion (完整性, 相关性, 适当性, 可行性). */
	public enum CriterionRating {

		/** 符合 */
		MEETS,
		/** 基本符合 */
		PARTLY,
		/** 不符合 */
		FAILS

	}

	public enum ReviewStep {

		/** 部门审核 */
		DEPARTMENT,
		/** 财政评审 */
		FINANCE,
		/** 预算批复 */
		BUDGET

	}

	public enum DepartmentDecision {

		/** 通过 */
		PASS,
		/** 退回 */
		RETURN

	}

	public enum BudgetDecision {

		/** 批复 */
		APPROVE,
		/** 不予批复 */
		REJECT

	}

}
