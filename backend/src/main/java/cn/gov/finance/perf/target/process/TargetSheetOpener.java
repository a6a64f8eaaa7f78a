package cn.gov.finance.perf.target.process;

import cn.gov.finance.perf.target.TargetService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The lifecycle's "建立绩效目标表" step: the item's first target sheet, created once. */
@Component("targetSheetOpener")
public class TargetSheetOpener {

	private final TargetService targets;

	TargetSheetOpener(TargetService targets) {
		this.targets = targets;
	}

	public void openInitial(DelegateExecution execution) {
		Long itemId = (Long) execution.getVariable(TargetCompilationProcess.VAR_ITEM_ID);
		execution.setVariable(TargetCompilationProcess.VAR_SHEET_ID, this.targets.openInitial(itemId));
	}

}
