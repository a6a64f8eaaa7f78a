package cn.gov.finance.perf.keyevaluation.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/keyevaluation/KeyEvaluationProcess.bpmn} (重点评价). */
@Component
public final class KeyEvaluationProcess implements ProcessModel {

	public static final String KEY = "KeyEvaluationProcess";

	public static final String TASK_START = "Task_StartKeyEvaluation";

	public static final String TASK_PLAN = "Task_PlanKeyEvaluation";

	public static final String TASK_REPORT = "Task_EvaluateAndReport";

	public static final String TASK_EXPERT = "Task_ExpertScore";

	public static final String TASK_APPROVE = "Task_ApproveKeyEvaluation";

	public static final String TASK_GRADE = "Task_GradeKeyEvaluation";

	public static final String TASK_FIX = "Task_FixKeyEvaluation";

	public static final String END_APPROVED = "EndEvent_Approved";

	public static final String VAR_ITEM_ID = "itemId";

	public static final String VAR_EVALUATOR_GROUP = "evaluatorGroup";

	/** The experts' user ids (the multi-instance collection of {@link #TASK_EXPERT}). */
	public static final String VAR_EXPERTS = "experts";

	public static final String VAR_EXPERT = "expert";

	public static final String VAR_APPROVAL = "approvalDecision";

	public static final String VAR_TOTAL = "totalScore";

	/** Output of EvaluationGrade.dmn inside this process. */
	public static final String VAR_GRADE = "keyEvaluationGrade";

	KeyEvaluationProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.EVALUATION;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_APPROVE, "separation.keyevaluation.approve", TASK_REPORT),
				Separation.of(TASK_EXPERT, "separation.keyevaluation.expert", TASK_REPORT));
	}

}
