package cn.gov.finance.perf.assessment.process;

import java.util.List;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;


/** Names of the ex-ante assessment process ({@code processes/assessment/ExAnteAssessmentProcess.bpmn}). */
@Component
public final class ExAnteAssessmentProcess implements ProcessModel {

	public static final String KEY = "ExAnteAssessmentProcess";

	public static final String START = "StartEvent_AssessmentRequested";

	public static final String TASK_FILL = "Task_FillAssessment";

	public static final String TASK_REVIEW = "Task_ReviewAssessment";

	public static final String TASK_THIRD_PARTY = "Task_ThirdPartyAssessment";

	public static final String GATEWAY_DECISION = "Gateway_ReviewDecision";

	public static final String END_SUPPORTED = "EndEvent_AssessmentSupported";

	public static final String END_NOT_SUPPORTED = "EndEvent_AssessmentRejected";

	/** Thrown (as an error end event) when finance does not support the item. */
	public static final String ERROR_REJECTED = "ASSESSMENT_REJECTED";

	/** The item under assessment (id of budget_item). */
	public static final String VAR_ITEM_ID = "itemId";

	/** The Camunda group that fills the assessment. */
	public static final String VAR_ASSESSOR_GROUP = "assessorGroup";

	/** The third-party institution's group, when finance commissions one. */
	public static final String VAR_THIRD_PARTY_GROUP = "thirdPartyGroup";

	/** Finance's decision, an {@link cn.gov.finance.perf.assessment.AssessmentDecision} name. */
	public static final String VAR_DECISION = "assessmentDecision";

	ExAnteAssessmentProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.ASSESSMENT;
	}

	@Override
	public List<Separation> separations() {
		return List.of(Separation.of(TASK_REVIEW, "separation.assessment.review", TASK_FILL, TASK_THIRD_PARTY));
	}


}
