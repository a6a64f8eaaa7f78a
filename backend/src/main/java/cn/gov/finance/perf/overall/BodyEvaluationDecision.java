package cn.gov.finance.perf.overall;

import cn.gov.finance.perf.inbox.TaskDecision;
import cn.gov.finance.perf.overall.BodyEvaluationStatus.Step;
import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A completed step of a body evaluation with its opinion; one per task. */
@Entity
@Table(name = "body_evaluation_decision")
public class BodyEvaluationDecision extends TaskDecision {

	private Long evaluationId;

	@Enumerated(EnumType.STRING)
	private Step step;

	protected BodyEvaluationDecision() {
	}

	BodyEvaluationDecision(Long evaluationId, Step step, String decision, String opinion, String taskId, String decidedBy) {
		super(decision, opinion, taskId, decidedBy, AppClock.instant());
		this.evaluationId = evaluationId;
		this.step = step;
	}

	public Step getStep() {
		return this.step;
	}

}
