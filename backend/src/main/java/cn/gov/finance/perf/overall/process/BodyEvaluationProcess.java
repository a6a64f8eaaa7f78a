package cn.gov.finance.perf.overall.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

/**
 * Names shared by {@code processes/overall/DepartmentEvaluationProcess.bpmn} and
 * {@code CountyFiscalEvaluationProcess.bpmn}, which have the same steps (business key
 * {@code BE-<kind>-<year>-<code>}).
 */
public abstract sealed class BodyEvaluationProcess implements ProcessModel
		permits DepartmentEvaluationProcess, CountyFiscalEvaluationProcess {

	public static final String TASK_SELF_REPORT = "Task_SelfReport";

	public static final String TIMER_OVERDUE = "Timer_SelfReportOverdue";

	public static final String TASK_CHASE = "Task_ChaseSelfReport";

	public static final String TASK_FINANCE_SCORE = "Task_FinanceScore";

	public static final String TASK_GRADE = "Task_Grade";

	public static final String TASK_FIX = "Task_FixResult";

	public static final String TASK_LINKAGE = "Task_ConfirmLinkage";

	public static final String TASK_CLOSE = "Task_Close";

	public static final String END_CLOSED = "EndEvent_Closed";

	public static final String VAR_EVALUATION_ID = "evaluationId";

	public static final String VAR_SUBJECT_GROUP = "subjectGroup";

	public static final String VAR_DECISION = "financeDecision";

	public static final String VAR_TOTAL = "totalScore";

	/** Output of EvaluationGrade.dmn. */
	public static final String VAR_GRADE = "evaluationGrade";

	@Override
	public TaskStage stage() {
		return TaskStage.BODY_EVALUATION;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_FINANCE_SCORE, "separation.overall.financeScore", TASK_SELF_REPORT),
				Separation.of(TASK_LINKAGE, "separation.overall.linkage", TASK_FINANCE_SCORE));
	}

}
