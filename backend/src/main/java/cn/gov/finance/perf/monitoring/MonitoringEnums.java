package cn.gov.finance.perf.monitoring;

/** Values of monitoring reports and their decisions (domain.md §3.3). */
public final class MonitoringEnums {

	private MonitoringEnums() {
	}

	public enum ReportStatus {

		/** 待填报 */
		OPEN,
		/** 已报送 */
		SUBMITTED

	}

	/** The execution warning light; NO_BUDGET when there is no budget (zero or missing) to measure against. */
	public enum Light {

		RED, YELLOW, GREEN, NO_BUDGET

	}

	/** Expected full-year completion of one indicator: the qualitative light. */
	public enum Completion {

		/** 预计达成 */
		ACHIEVED,
		/** 预计部分达成 */
		PARTLY,
		/** 预计未达成 */
		NOT

	}

	/** The cause the filler reports for a deviation. */
	public enum DeclaredCause {

		/** 无偏差 */
		NONE,
		/** 客观原因（政策变化、突发事件） */
		OBJECTIVE_CAUSE,
		/** 重大问题（重大损失、浪费、风险） */
		SERIOUS_PROBLEM

	}

	/** How a deviation is handled. */
	public enum DeviationClass {

		NONE, OBJECTIVE_CAUSE, SERIOUS_PROBLEM, SLOW_EXECUTION

	}

	public enum DecisionStep {

		/** 部门审核 */
		DEPARTMENT,
		/** 财政重点监控审核 */
		KEY_REVIEW,
		/** 暂缓/停止拨款 */
		PAYMENT_ACTION,
		/** 整改报告 */
		RECTIFICATION,
		/** 整改核验 */
		VERIFICATION,
		/** 收回确认 */
		RECOVERY,
		/** 逾期督办 */
		CHASE

	}

	public enum PaymentAction {

		/** 暂缓拨款 */
		SUSPEND,
		/** 停止拨款 */
		STOP

	}

	public enum Verdict {

		/** 整改到位 */
		PASSED,
		/** 整改不到位 */
		FAILED

	}

	public enum RecoveryDecision {

		/** 确认收回 */
		CONFIRM,
		/** 不收回 */
		DECLINE

	}

}
