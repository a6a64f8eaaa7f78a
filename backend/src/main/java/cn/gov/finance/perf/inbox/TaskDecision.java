package cn.gov.finance.perf.inbox;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A completed task step with its decision and opinion: who decided, when, and in which task (one
 * row per task; each table has a unique key on the task id). The record a process keeps of itself
 * lives in subclasses, one table per process, each adding what the step belongs to.
 */
@MappedSuperclass
public abstract class TaskDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String decision;

	private String opinion;

	private String taskId;

	private String decidedBy;

	private Instant decidedAt;

	protected TaskDecision() {
	}

	protected TaskDecision(String decision, String opinion, String taskId, String decidedBy, Instant decidedAt) {
		this.decision = decision;
		this.opinion = opinion == null ? "" : opinion.trim();
		this.taskId = taskId;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
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
