package cn.gov.finance.perf.target.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;


/** Names of {@code processes/target/TargetCompilationProcess.bpmn}. */
@Component
public final class TargetCompilationProcess implements ProcessModel {

	public static final String KEY = "TargetCompilationProcess";

	public static final String TASK_FILL = "Task_FillTargets";

	public static final String TASK_DEPARTMENT_REVIEW = "Task_DepartmentReview";

	public static final String TASK_FINANCE_REVIEW = "Task_FinanceReview";

	public static final String TASK_REFINE = "Task_RefineTargets";

	public static final String TASK_REVISE = "Task_ReviseTargets";

	public static final String TASK_BUDGET_APPROVAL = "Task_BudgetApproval";

	public static final String END_APPROVED = "EndEvent_TargetApproved";

	public static final String END_REJECTED = "EndEvent_TargetRejected";

	public static final String END_NOT_APPROVED = "EndEvent_BudgetNotApproved";

	public static final String ERROR_TARGET_REJECTED = "TARGET_REJECTED";

	public static final String ERROR_BUDGET_NOT_APPROVED = "BUDGET_NOT_APPROVED";

	public static final String VAR_ITEM_ID = "itemId";

	/** The target-sheet version under review. */
	public static final String VAR_SHEET_ID = "sheetId";

	public static final String VAR_FILLER_GROUP = "fillerGroup";

	public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";

	public static final String VAR_HAS_UNIT = "hasUnit";

	public static final String VAR_DEPARTMENT_DECISION = "departmentDecision";

	public static final String VAR_GRADE = "targetGrade";

	/** Output of TargetGradeRouting.dmn: PROCEED, REFINE, REVISE or STOP. */
	public static final String VAR_ROUTE = "targetRoute";

	public static final String VAR_BUDGET_DECISION = "budgetDecision";

	/** The tasks in which the sheet is edited. */
	public static final String[] EDIT_TASKS = { TASK_FILL, TASK_REFINE, TASK_REVISE };

	TargetCompilationProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.TARGET_COMPILATION;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_DEPARTMENT_REVIEW, "separation.target.review", EDIT_TASKS),
				Separation.of(TASK_FINANCE_REVIEW, "separation.target.review", EDIT_TASKS),
				Separation.of(TASK_BUDGET_APPROVAL, "separation.target.approval", TASK_FILL, TASK_REFINE,
						TASK_REVISE, TASK_FINANCE_REVIEW));
	}


}
