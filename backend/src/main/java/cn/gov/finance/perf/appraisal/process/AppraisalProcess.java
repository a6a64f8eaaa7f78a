package cn.gov.finance.perf.appraisal.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/appraisal/AppraisalProcess.bpmn} (绩效考核, business key AP-<year>). */
@Component
public final class AppraisalProcess implements ProcessModel {

	public static final String KEY = "AppraisalProcess";

	public static final String TASK_SCORE = "Task_ScoreAppraisal";

	public static final String TASK_CIRCULATE = "Task_Circulate";

	public static final String CALL_INTERVIEWS = "CallActivity_Interviews";

	public static final String TASK_CLOSE = "Task_Close";

	public static final String END_CLOSED = "EndEvent_Closed";

	public static final String VAR_APPRAISAL_ID = "appraisalId";

	/** The entries graded 差, each interviewed in its own {@link AppraisalInterviewProcess}. */
	public static final String VAR_POOR_ENTRIES = "poorEntryIds";

	public static final String VAR_ENTRY_ID = "entryId";

	public static final String VAR_CIRCULATION = "circulationDecision";

	AppraisalProcess() {
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
		return List.of(Separation.of(TASK_CIRCULATE, "separation.appraisal.circulate", TASK_SCORE));
	}

}
