package cn.gov.finance.perf.target.process;

import cn.gov.finance.perf.target.SheetStatus;
import cn.gov.finance.perf.target.TargetService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * Called by the end events of TargetCompilationProcess, in the transaction of the step that ended
 * it: an approved version takes force together with its budget; a rejected one is recorded.
 */
@Component("targetOutcomes")
public class TargetOutcomes {

	private final TargetService targets;

	TargetOutcomes(TargetService targets) {
		this.targets = targets;
	}

	public void record(DelegateExecution execution, String outcome) {
		Long sheetId = (Long) execution.getVariable(TargetCompilationProcess.VAR_SHEET_ID);
		this.targets.recordOutcome(sheetId, SheetStatus.valueOf(outcome));
	}

}
