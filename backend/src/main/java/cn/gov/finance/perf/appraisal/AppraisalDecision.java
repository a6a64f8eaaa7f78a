package cn.gov.finance.perf.appraisal;

import java.time.Instant;

import cn.gov.finance.perf.appraisal.AppraisalStatus.Step;
import cn.gov.finance.perf.inbox.TaskDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A completed step of an appraisal with its opinion; one per task. */
@Entity
@Table(name = "appraisal_decision")
public class AppraisalDecision extends TaskDecision {

	private Long appraisalId;

	private Long entryId;

	@Enumerated(EnumType.STRING)
	private Step step;

	protected AppraisalDecision() {
	}

	AppraisalDecision(Long appraisalId, Long entryId, Step step, String decision, String opinion, String taskId,
			String decidedBy, Instant now) {
		super(decision, opinion, taskId, decidedBy, now);
		this.appraisalId = appraisalId;
		this.entryId = entryId;
		this.step = step;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public Step getStep() {
		return this.step;
	}

}
