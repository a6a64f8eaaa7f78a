package cn.gov.finance.perf.keyevaluation;

import java.time.Instant;

import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Step;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A completed step of a key evaluation with its opinion; one per task (the task id is unique). */
@Entity
@Table(name = "key_evaluation_decision")
public class KeyEvaluationDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long keyEvaluationId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String decision;

	private String opinion;

	private String taskId;

	private String decidedBy;

	private Instant decidedAt;

	protected KeyEvaluationDecision() {
	}

	KeyEvaluationDecision(Long keyEvaluationId, Step step, String decision, String opinion, String taskId,
			String decidedBy) {
		this.keyEvaluationId = keyEvaluationId;
		this.step = step;
		this.decision = decision;
		this.opinion = opinion == null ? "" : opinion.trim();
		this.taskId = taskId;
		this.decidedBy = decidedBy;
		this.decidedAt = Instant.now();
	}

	public Step getStep() {
		return this.step;
	}

	public String getDecision() {
		return this.decision;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
