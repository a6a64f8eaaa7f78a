package cn.gov.finance.perf.evaluation;

import cn.gov.finance.perf.evaluation.EvaluationEnums.RecheckDecision;
import cn.gov.finance.perf.evaluation.process.CompletionEvaluationProcess;
import cn.gov.finance.perf.inbox.BulkApprover;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Self-evaluations passed by the department and re-checked without changes by finance, in bulk. */
@Configuration
class EvaluationBulkApprovals {

	@Bean
	BulkApprover evaluationDepartmentPass(SelfEvaluationService evaluations) {
		return BulkApprover.of(CompletionEvaluationProcess.KEY, CompletionEvaluationProcess.TASK_DEPARTMENT_REVIEW, "审核通过",
				(taskId, user, opinion) -> evaluations.departmentReview(taskId,
						new SelfEvaluationForms.EvaluationDepartmentReview(DepartmentDecision.PASS, opinion), user));
	}

	@Bean
	BulkApprover evaluationRecheckAccepted(SelfEvaluationService evaluations) {
		return BulkApprover.of(CompletionEvaluationProcess.KEY, CompletionEvaluationProcess.TASK_RECHECK, "复核无误",
				(taskId, user, opinion) -> evaluations.recheck(taskId,
						new SelfEvaluationForms.Recheck(RecheckDecision.ACCEPT, opinion, null), user));
	}

}
