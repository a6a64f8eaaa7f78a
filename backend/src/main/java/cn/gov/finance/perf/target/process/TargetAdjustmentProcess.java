package cn.gov.finance.perf.target.process;

/** Names of {@code processes/target/TargetAdjustmentProcess.bpmn}. */
public final class TargetAdjustmentProcess {

	public static final String KEY = "TargetAdjustmentProcess";

	public static final String CALL_REVIEW = "CallActivity_ReviewAdjustedTargets";

	public static final String END_APPROVED = "EndEvent_AdjustmentApproved";

	public static final String END_REJECTED = "EndEvent_AdjustmentRejected";

	private TargetAdjustmentProcess() {
	}

}
