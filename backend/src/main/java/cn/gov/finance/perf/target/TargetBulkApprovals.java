package cn.gov.finance.perf.target;

import cn.gov.finance.perf.inbox.BulkApprover;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The department's review of a target sheet approved in bulk: 审核通过. */
@Configuration
class TargetBulkApprovals {

	@Bean
	BulkApprover targetDepartmentPass(TargetService targets) {
		return BulkApprover.of(TargetCompilationProcess.KEY, TargetCompilationProcess.TASK_DEPARTMENT_REVIEW, "审核通过",
				(taskId, user, opinion) -> targets.departmentReview(taskId,
						new TargetForms.DepartmentReview(DepartmentDecision.PASS, opinion), user));
	}

}
