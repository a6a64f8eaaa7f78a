package cn.gov.finance.perf.evaluation.process;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.SelfEvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The self-evaluation model's steps on its record: open it, mark it overdue, fix the graded result. */
@Component("selfEvaluations")
public class SelfEvaluations {

	private final SelfEvaluationService evaluations;

	SelfEvaluations(SelfEvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	public void open(DelegateExecution execution) {
		this.evaluations.open(itemId(execution));
	}

	public void markOverdue(DelegateExecution execution) {
		this.evaluations.markOverdue(itemId(execution));
	}

	public void fix(DelegateExecution execution) {
		this.evaluations.fix(itemId(execution), Grade.valueOf((String) execution.getVariable(CompletionEvaluationProcess.VAR_GRADE)));
	}

	private static Long itemId(DelegateExecution execution) {
		return (Long) execution.getVariable(CompletionEvaluationProcess.VAR_ITEM_ID);
	}

}
