package cn.gov.finance.perf.overall;

import java.time.Instant;

import cn.gov.finance.perf.overall.BodyEvaluationStatus.Step;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A completed step of a body evaluation with its opinion; one per task. */
@Entity
@Table(name = "body_evaluation_decision")
public class BodyEvaluationDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long evaluationId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String decision;

	private String opinion;

	private String taskId;

	private String decidedBy;

	private Instant decidedAt;

	protected BodyEvaluationDecision() {
	}

	BodyEvaluationDecision(Long evaluationId, Step step, String decision, String opinion, String taskId, String decidedBy) {
		this.evaluationId = evaluationId;
		this.step = step;
		this.decision = decision;
		this.opinion = opinion.trim();
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
