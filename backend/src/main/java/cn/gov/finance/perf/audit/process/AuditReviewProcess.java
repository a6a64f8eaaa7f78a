package cn.gov.finance.perf.audit.process;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;

/** Names of {@code processes/audit/AuditReviewProcess.bpmn} (审计复核, business key = item code). */
@Component
public final class AuditReviewProcess implements ProcessModel {

	public static final String KEY = "AuditReviewProcess";

	public static final String TASK_REVIEW = "Task_AuditReview";

	public static final String END_CLOSED = "EndEvent_Closed";

	public static final String VAR_REVIEW_ID = "auditReviewId";

	AuditReviewProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.AUDIT;
	}

}
