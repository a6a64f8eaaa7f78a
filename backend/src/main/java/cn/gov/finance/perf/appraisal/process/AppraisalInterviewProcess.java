package cn.gov.finance.perf.appraisal.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/appraisal/AppraisalInterviewProcess.bpmn}: one poor body's 约谈 and rectification. */
@Component
public final class AppraisalInterviewProcess implements ProcessModel {

	public static final String KEY = "AppraisalInterviewProcess";

	public static final String TASK_INTERVIEW = "Task_Interview";

	public static final String TASK_RECTIFY = "Task_Rectify";

	public static final String TIMER_RECTIFY_OVERDUE = "Timer_RectifyOverdue";

	public static final String TASK_VERIFY = "Task_VerifyRectification";

	public static final String END_RECTIFIED = "EndEvent_Rectified";

	public static final String VAR_ENTRY_ID = "entryId";

	public static final String VAR_SUBJECT_GROUP = "subjectGroup";

	public static final String VAR_VERIFICATION = "verificationDecision";

	AppraisalInterviewProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.APPRAISAL;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_VERIFY, "separation.appraisal.verify", TASK_RECTIFY));
	}

}
