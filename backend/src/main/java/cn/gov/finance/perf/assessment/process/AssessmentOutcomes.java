package cn.gov.finance.perf.assessment.process;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.item.ItemService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * Called by the end events of the assessment process: records the final decision on the item, in
 * the transaction of the step that reached the end.
 */
@Component("assessmentOutcomes")
public class AssessmentOutcomes {

	private final ItemService items;

	AssessmentOutcomes(ItemService items) {
		this.items = items;
	}

	public void record(DelegateExecution execution, String outcome) {
		Long itemId = (Long) execution.getVariable(ExAnteAssessmentProcess.VAR_ITEM_ID);
		this.items.recordAssessmentOutcome(itemId, AssessmentDecision.valueOf(outcome));
	}

}
