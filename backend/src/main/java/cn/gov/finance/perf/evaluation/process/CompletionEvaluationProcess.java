package cn.gov.finance.perf.evaluation.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/evaluation/CompletionEvaluationProcess.bpmn} (self-evaluation, 自评). */
@Component
public final class CompletionEvaluationProcess implements ProcessModel {

	public static final String KEY = "CompletionEvaluationProcess";

	public static final String TIMER_OPENS = "Timer_EvaluationOpens";

	public static final String TASK_OPEN = "Task_OpenSelfEvaluation";

	public static final String TASK_FILL = "Task_FillSelfEvaluation";

	public static final String TIMER_OVERDUE = "Timer_SelfEvaluationOverdue";

	public static final String TASK_CHASE = "Task_ChaseSelfEvaluation";

	public static final String TASK_DEPARTMENT_REVIEW = "Task_DepartmentReviewSelfEvaluation";

	public static final String TASK_RECHECK = "Task_FinanceRecheck";

	public static final String CALL_KEY_EVALUATION = "CallActivity_KeyEvaluation";

	public static final String TASK_GRADE = "Task_GradeResult";

	public static final String TASK_FIX = "Task_FixResult";

	public static final String END_FIXED = "EndEvent_ResultFixed";

	public static final String VAR_ITEM_ID = "itemId";

	public static final String VAR_FILLER_GROUP = "fillerGroup";

	public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";

	public static final String VAR_HAS_UNIT = "hasUnit";

	public static final String VAR_DEPARTMENT_DECISION = "departmentDecision";

	public static final String VAR_TOTAL = "totalScore";

	/** Output of EvaluationGrade.dmn. */
	public static final String VAR_GRADE = "evaluationGrade";

	CompletionEvaluationProcess() {
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
		return List.of(Separation.of(TASK_DEPARTMENT_REVIEW, "separation.evaluation.review", TASK_FILL),
				Separation.of(TASK_RECHECK, "separation.evaluation.recheck", TASK_FILL, TASK_DEPARTMENT_REVIEW));
	}

}
