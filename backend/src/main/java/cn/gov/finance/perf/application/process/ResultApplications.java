package cn.gov.finance.perf.application.process;

import java.util.Date;

import cn.gov.finance.perf.application.ResultApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The result-application model's steps on its ledger and the due dates its timers wait for. */
@Component("resultApplications")
public class ResultApplications {

	private final ResultApplicationService applications;

	ResultApplications(ResultApplicationService applications) {
		this.applications = applications;
	}

	public void open(DelegateExecution execution) {
		this.applications.open(itemId(execution));
	}

	public Date feedbackDue(Long itemId) {
		return this.applications.feedbackDue(itemId);
	}

	public Date planDue(Long itemId) {
		return this.applications.planDue(itemId);
	}

	public void markOverdue(DelegateExecution execution, String what) {
		this.applications.markOverdue(itemId(execution), what);
	}

	public void close(DelegateExecution execution) {
		this.applications.close(itemId(execution));
	}

	private static Long itemId(DelegateExecution execution) {
		return (Long) execution.getVariable(ResultApplicationProcess.VAR_ITEM_ID);
	}

}
