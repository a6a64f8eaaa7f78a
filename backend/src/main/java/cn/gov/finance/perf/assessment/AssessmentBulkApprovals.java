package cn.gov.finance.perf.assessment;

import cn.gov.finance.perf.assessment.process.ExAnteAssessmentProcess;
import cn.gov.finance.perf.inbox.BulkApprover;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ex-ante assessment review approved in bulk: 予以支持. */
@Configuration
class AssessmentBulkApprovals {

	@Bean
	BulkApprover assessmentSupported(AssessmentService assessments) {
		return BulkApprover.of(ExAnteAssessmentProcess.KEY, ExAnteAssessmentProcess.TASK_REVIEW, "予以支持",
				(taskId, user, opinion) -> assessments.review(taskId,
						new ReviewForm(AssessmentDecision.SUPPORTED, opinion, null), user));
	}

}
