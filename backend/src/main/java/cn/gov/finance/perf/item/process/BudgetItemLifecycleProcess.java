package cn.gov.finance.perf.item.process;

/** Names of {@code processes/lifecycle/BudgetItemLifecycleProcess.bpmn}. */
public final class BudgetItemLifecycleProcess {

	public static final String KEY = "BudgetItemLifecycleProcess";

	public static final String DECIDE_ASSESSMENT = "Task_DecideAssessmentRequired";

	public static final String CALL_ASSESSMENT = "CallActivity_ExAnteAssessment";

	public static final String CALL_TARGETS = "CallActivity_TargetCompilation";

	public static final String CALL_MONITORING = "CallActivity_ExecutionMonitoring";

	public static final String CALL_EVALUATION = "CallActivity_CompletionEvaluation";

	public static final String CALL_APPLICATION = "CallActivity_ResultApplication";

	public static final String TASK_ENTER_LIBRARY = "Task_EnterLibrary";

	public static final String TASK_OPEN_SHEET = "Task_OpenTargetSheet";

	public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";

	public static final String END_NOT_FUNDED = "EndEvent_NotFunded";

	public static final String END_RESULT_APPLIED = "EndEvent_ResultApplied";

	/** Decision-table inputs of AssessmentRequirement. */
	public static final String VAR_ITEM_KIND = "itemKind";

	public static final String VAR_CONTINUITY = "continuity";

	public static final String VAR_EXPIRING = "expiring";

	public static final String VAR_ASSESSMENT_REQUIRED = "assessmentRequired";

	/** Who works on the item: Camunda groups. */
	public static final String VAR_ASSESSOR_GROUP = "assessorGroup";

	public static final String VAR_FILLER_GROUP = "fillerGroup";

	public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";

	public static final String VAR_HAS_UNIT = "hasUnit";

	public static final String VAR_ITEM_ID = "itemId";

	private BudgetItemLifecycleProcess() {
	}

}
