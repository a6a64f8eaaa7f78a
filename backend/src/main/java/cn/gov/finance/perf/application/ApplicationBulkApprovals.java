package cn.gov.finance.perf.application;

import cn.gov.finance.perf.application.process.ResultApplicationProcess;
import cn.gov.finance.perf.inbox.BulkApprover;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rectification closures verified in bulk: 全部销号. */
@Configuration
class ApplicationBulkApprovals {

	@Bean
	BulkApprover closureVerified(ResultApplicationService applications) {
		return BulkApprover.of(ResultApplicationProcess.KEY, ResultApplicationProcess.TASK_VERIFY, "确认全部销号",
				(taskId, user, opinion) -> applications.verifyClosure(taskId,
						new ApplicationForms.ClosureVerification(ApplicationForms.ClosureVerdict.CLOSED, opinion), user));
	}

}
