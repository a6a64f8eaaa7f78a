package cn.gov.finance.perf.monitoring.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;


/** Names of {@code processes/monitoring/MonitoringPeriodProcess.bpmn}. */
@Component
public final class MonitoringPeriodProcess implements ProcessModel {

	public static final String KEY = "MonitoringPeriodProcess";

	public static final String TIMER_OPENS = "Timer_PeriodOpens";

	public static final String TASK_OPEN_REPORT = "Task_OpenReport";

	public static final String TASK_FILE = "Task_FileReport";

	public static final String TIMER_OVERDUE = "Timer_ReportOverdue";

	public static final String TASK_CHASE = "Task_ChaseOverdueReport";

	public static final String TASK_DEPARTMENT_REVIEW = "Task_DepartmentReviewReport";

	public static final String TASK_KEY_REVIEW = "Task_KeyMonitoringReview";

	public static final String TASK_CLASSIFY = "Task_ClassifyDeviation";

	public static final String CALL_ADJUST = "CallActivity_ReallocateAndAdjust";

	public static final String TASK_PAYMENT_ACTION = "Task_DecidePaymentAction";

	public static final String TASK_RECORD_PAYMENT_ACTION = "Task_RecordPaymentAction";

	public static final String TASK_RECTIFY = "Task_Rectify";

	public static final String TIMER_RECTIFICATION = "Timer_RectificationDeadline";

	public static final String TASK_VERIFY = "Task_VerifyRectification";

	public static final String TASK_RESUME = "Task_ResumePayment";

	public static final String TASK_RECOVER_REMAINING = "Task_RecoverRemaining";

	public static final String TASK_PROPOSE_RECOVERY = "Task_ProposeRecovery";

	public static final String TASK_CONFIRM_RECOVERY = "Task_ConfirmRecovery";

	public static final String TASK_RECORD_RECOVERY = "Task_RecordRecovery";

	public static final String END_COMPLETED = "EndEvent_PeriodCompleted";

	public static final String END_RECOVERED = "EndEvent_FundsRecovered";

	public static final String VAR_ITEM_ID = "itemId";

	public static final String VAR_PERIOD_ID = "periodId";

	public static final String VAR_FILLER_GROUP = "fillerGroup";

	public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";

	public static final String VAR_HAS_UNIT = "hasUnit";

	public static final String VAR_DEPARTMENT_DECISION = "departmentDecision";

	public static final String VAR_DECLARED_CAUSE = "declaredCause";

	public static final String VAR_LIGHT = "warningLight";

	public static final String VAR_DEVIATION_CLASS = "deviationClass";

	public static final String VAR_PAYMENT_ACTION = "paymentAction";

	public static final String VAR_RECTIFICATION_RESULT = "rectificationResult";

	public static final String VAR_RECOVERY_DECISION = "recoveryDecision";

	public static final String VAR_SHEET_ID = "sheetId";

	MonitoringPeriodProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.MONITORING;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_DEPARTMENT_REVIEW, "separation.monitoring.review", TASK_FILE),
				Separation.of(TASK_KEY_REVIEW, "separation.monitoring.review", TASK_FILE),
				Separation.of(TASK_VERIFY, "separation.monitoring.verify", TASK_RECTIFY));
	}


}
