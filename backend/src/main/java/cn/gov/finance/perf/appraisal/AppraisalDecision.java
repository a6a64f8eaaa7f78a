package cn.gov.finance.perf.appraisal;

import java.time.Instant;

import cn.gov.finance.perf.appraisal.AppraisalStatus.Step;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A completed step of an appraisal with its opinion; one per task. */
@Entity
@Table(name = "appraisal_decision")
public class AppraisalDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long appraisalId;

	private Long entryId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String decision;

	private String opinion;

	private String taskId;

	private String decidedBy;

	private Instant decidedAt;

	protected AppraisalDecision() {
	}

	AppraisalDecision(Long appraisalId, Long entryId, Step step, String decision, String opinion, String taskId,
			String decidedBy, Instant now) {
		this.appraisalId = appraisalId;
		this.entryId = entryId;
		this.step = step;
		this.decision = decision;
		this.opinion = opinion.trim();
		this.taskId = taskId;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
	}

	public Long getEntryId() {
		return this.entryId;
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
