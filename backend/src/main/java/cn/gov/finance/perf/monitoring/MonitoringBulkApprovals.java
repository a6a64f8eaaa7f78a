package cn.gov.finance.perf.monitoring;

import cn.gov.finance.perf.inbox.BulkApprover;
import cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The department's review of a monitoring report approved in bulk: 审核通过. */
@Configuration
class MonitoringBulkApprovals {

	@Bean
	BulkApprover monitoringDepartmentPass(MonitoringService monitoring) {
		return BulkApprover.of(MonitoringPeriodProcess.KEY, MonitoringPeriodProcess.TASK_DEPARTMENT_REVIEW, "审核通过",
				(taskId, user, opinion) -> monitoring.departmentReview(taskId,
						new MonitoringForms.ReportDepartmentReview(DepartmentDecision.PASS, opinion), user));
	}

}
