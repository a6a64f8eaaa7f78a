package cn.gov.finance.perf.assessment;

import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Finance's decision on one assessment round, with its opinion. */
@Entity
@Table(name = "assessment_review")
public class AssessmentReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long assessmentId;

	@Enumerated(EnumType.STRING)
	private AssessmentDecision decision;

	private String opinion;

	private String thirdPartyCode;

	private String taskId;

	private String reviewedBy;

	private Instant reviewedAt;

	protected AssessmentReview() {
	}

	AssessmentReview(Long assessmentId, AssessmentDecision decision, String opinion, String thirdPartyCode,
			String taskId, String reviewedBy) {
		this.assessmentId = assessmentId;
		this.decision = decision;
		this.opinion = opinion;
		this.thirdPartyCode = thirdPartyCode;
		this.taskId = taskId;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getAssessmentId() {
		return this.assessmentId;
	}

	public AssessmentDecision getDecision() {
		return this.decision;
	}

	public String getOpinion() {
		return this.opinion;
	}

	/** The institution commissioned, when the decision was to commission a third party. */
	public String getThirdPartyCode() {
		return this.thirdPartyCode;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
