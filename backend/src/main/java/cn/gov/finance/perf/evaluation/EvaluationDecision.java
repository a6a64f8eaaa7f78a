package cn.gov.finance.perf.evaluation;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Step;
import cn.gov.finance.perf.inbox.TaskDecision;
import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A decision on a self-evaluation, with its opinion. */
@Entity
@Table(name = "evaluation_decision")
public class EvaluationDecision extends TaskDecision {

	private Long evaluationId;

	@Enumerated(EnumType.STRING)
	private Step step;

	protected EvaluationDecision() {
	}

	EvaluationDecision(Long evaluationId, Step step, String decision, String opinion, String taskId, String decidedBy) {
		super(decision, opinion, taskId, decidedBy, AppClock.instant());
		this.evaluationId = evaluationId;
		this.step = step;
	}

	public Long getEvaluationId() {
		return this.evaluationId;
	}

	public Step getStep() {
		return this.step;
	}

}
