package cn.gov.finance.perf.appraisal.process;

import java.util.Date;

import cn.gov.finance.perf.appraisal.AppraisalService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The appraisal models' steps on their record, and what the interviews need to start and wait. */
@Component("appraisals")
public class Appraisals {

	private final AppraisalService appraisals;

	Appraisals(AppraisalService appraisals) {
		this.appraisals = appraisals;
	}

	public String groupOf(Long entryId) {
		return this.appraisals.groupOf(entryId);
	}

	public String labelOf(Long entryId) {
		return this.appraisals.labelOf(entryId);
	}

	public String businessKey(Long entryId) {
		return this.appraisals.businessKey(entryId);
	}

	public Date rectifyDue(Long entryId) {
		return this.appraisals.rectifyDue(entryId);
	}

	public void markOverdue(DelegateExecution execution) {
		this.appraisals.markOverdue((Long) execution.getVariable(AppraisalInterviewProcess.VAR_ENTRY_ID));
	}

	public void close(DelegateExecution execution) {
		this.appraisals.close((Long) execution.getVariable(AppraisalProcess.VAR_APPRAISAL_ID));
	}

}
