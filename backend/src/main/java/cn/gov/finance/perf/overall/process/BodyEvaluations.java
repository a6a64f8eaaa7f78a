package cn.gov.finance.perf.overall.process;

import java.util.Date;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.overall.BodyEvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The body-evaluation models' steps on their record, and the due date their timers wait for. */
@Component("bodyEvaluations")
public class BodyEvaluations {

	private final BodyEvaluationService evaluations;

	BodyEvaluations(BodyEvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	public Date reportDue(Long evaluationId) {
		return this.evaluations.reportDue(evaluationId);
	}

	public void markOverdue(DelegateExecution execution) {
		this.evaluations.markOverdue(id(execution));
	}

	public void fix(DelegateExecution execution) {
		this.evaluations.fix(id(execution), Grade.valueOf((String) execution.getVariable(BodyEvaluationProcess.VAR_GRADE)));
	}

	public void close(DelegateExecution execution) {
		this.evaluations.close(id(execution));
	}

	private static Long id(DelegateExecution execution) {
		return (Long) execution.getVariable(BodyEvaluationProcess.VAR_EVALUATION_ID);
	}

}
