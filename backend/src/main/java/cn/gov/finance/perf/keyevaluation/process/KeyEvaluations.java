package cn.gov.finance.perf.keyevaluation.process;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The key-evaluation model's steps on its record, and the completion evaluation's question whether
 * the item was drawn for key evaluation.
 */
@Component("keyEvaluations")
public class KeyEvaluations {

	private final KeyEvaluationService evaluations;

	KeyEvaluations(KeyEvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	public boolean drawn(DelegateExecution execution) {
		return this.evaluations.waitingToStart(itemId(execution));
	}

	public void start(DelegateExecution execution) {
		this.evaluations.start(itemId(execution), execution.getProcessInstanceId());
	}

	public void fix(DelegateExecution execution) {
		this.evaluations.fix(itemId(execution), Grade.valueOf((String) execution.getVariable(KeyEvaluationProcess.VAR_GRADE)));
	}

	private static Long itemId(DelegateExecution execution) {
		return (Long) execution.getVariable(KeyEvaluationProcess.VAR_ITEM_ID);
	}

}
