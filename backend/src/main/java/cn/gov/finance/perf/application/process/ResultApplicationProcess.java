package cn.gov.finance.perf.application.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/application/ResultApplicationProcess.bpmn} (结果应用). */
@Component
public final class ResultApplicationProcess implements ProcessModel {

	public static final String KEY = "ResultApplicationProcess";

	public static final String TASK_OPEN = "Task_OpenApplication";

	public static final String TASK_FEEDBACK = "Task_SendFeedback";

	public static final String TIMER_FEEDBACK_OVERDUE = "Timer_FeedbackOverdue";

	public static final String TASK_PLAN = "Task_RectificationPlan";

	public static final String TIMER_PLAN_OVERDUE = "Timer_PlanOverdue";

	public static final String TASK_CLOSE = "Task_CloseRectification";

	public static final String TASK_VERIFY = "Task_VerifyClosure";

	public static final String TASK_LINKAGE = "Task_ConfirmLinkage";

	public static final String TASK_CLOSE_APPLICATION = "Task_CloseApplication";

	public static final String END_APPLIED = "EndEvent_ResultApplied";

	public static final String VAR_ITEM_ID = "itemId";

	public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";

	public static final String VAR_CLOSURE_VERDICT = "closureVerdict";

	ResultApplicationProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.RESULT_APPLICATION;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_VERIFY, "separation.application.verify", TASK_CLOSE));
	}

}
