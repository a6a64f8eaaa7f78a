package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.target.TargetEnums.CriterionRating;
import cn.gov.finance.perf.target.TargetEnums.ReviewStep;
import cn.gov.finance.perf.target.TargetEnums.TargetGrade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision on a target-sheet version: the department's, finance's grade, or the budget approval. */
@Entity
@Table(name = "target_review")
public class TargetReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sheetId;

	@Enumerated(EnumType.STRING)
	private ReviewStep step;

	private String decision;

	@Enumerated(EnumType.STRING)
	private TargetGrade grade;

	@Enumerated(EnumType.STRING)
	private CriterionRating completeness;

	@Enumerated(EnumType.STRING)
	private CriterionRating relevance;

	@Enumerated(EnumType.STRING)
	private CriterionRating appropriateness;

	@Enumerated(EnumType.STRING)
	private CriterionRating feasibility;

	private BigDecimal approvedAmount;

	private String opinion;

	private String taskId;

	private String reviewedBy;

	private Instant reviewedAt;

	protected TargetReview() {
	}

	private TargetReview(Long sheetId, ReviewStep step, String decision, String opinion, String taskId, String user) {
		this.sheetId = sheetId;
		this.step = step;
		this.decision = decision;
		this.opinion = opinion.trim();
		this.taskId = taskId;
		this.reviewedBy = user;
		this.reviewedAt = AppClock.instant();
	}

	static TargetReview department(Long sheetId, TargetForms.DepartmentReview form, String taskId, String user) {
		return new TargetReview(sheetId, ReviewStep.DEPARTMENT, form.decision().name(), form.opinion(), taskId, user);
	}

	static TargetReview finance(Long sheetId, TargetForms.FinanceReview form, String taskId, String user) {
		TargetReview review = new TargetReview(sheetId, ReviewStep.FINANCE, form.grade().name(), form.opinion(), taskId,
				user);
		review.grade = form.grade();
		review.completeness = form.completeness();
		review.relevance = form.relevance();
		review.appropriateness = form.appropriateness();
		review.feasibility = form.feasibility();
		return review;
	}

	static TargetReview budget(Long sheetId, TargetForms.BudgetApproval form, String taskId, String user) {
		TargetReview review = new TargetReview(sheetId, ReviewStep.BUDGET, form.decision().name(), form.opinion(), taskId,
				user);
		review.approvedAmount = form.decision() == TargetEnums.BudgetDecision.APPROVE ? form.approvedAmount() : null;
		return review;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSheetId() {
		return this.sheetId;
	}

	public ReviewStep getStep() {
		return this.step;
	}

	public String getDecision() {
		return this.decision;
	}

	public TargetGrade getGrade() {
		return this.grade;
	}

	public CriterionRating getCompleteness() {
		return this.completeness;
	}

	public CriterionRating getRelevance() {
		return this.relevance;
	}

	public CriterionRating getAppropriateness() {
		return this.appropriateness;
	}

	public CriterionRating getFeasibility() {
		return this.feasibility;
	}

	public BigDecimal getApprovedAmount() {
		return this.approvedAmount;
	}

	public String getOpinion() {
		return this.opinion;
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
