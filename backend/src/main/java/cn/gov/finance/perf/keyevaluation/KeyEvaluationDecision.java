package cn.gov.finance.perf.keyevaluation;

import cn.gov.finance.perf.inbox.TaskDecision;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Step;
import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A completed step of a key evaluation with its opinion; one per task (the task id is unique). */
@Entity
@Table(name = "key_evaluation_decision")
public class KeyEvaluationDecision extends TaskDecision {

	private Long keyEvaluationId;

	@Enumerated(EnumType.STRING)
	private Step step;

	protected KeyEvaluationDecision() {
	}

	KeyEvaluationDecision(Long keyEvaluationId, Step step, String decision, String opinion, String taskId,
			String decidedBy) {
		super(decision, opinion, taskId, decidedBy, AppClock.instant());
		this.keyEvaluationId = keyEvaluationId;
		this.step = step;
	}

	public Step getStep() {
		return this.step;
	}

}
