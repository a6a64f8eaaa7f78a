package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Reason;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 重点评价 of one item: drawn by finance, planned with the level-1 weights, carried out by finance or
 * a commissioned third party, scored by experts, reported, and approved by finance.
 */
@Entity
@Table(name = "key_evaluation")
public class KeyEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long selectionId;

	private Long itemId;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	@Enumerated(EnumType.STRING)
	private KeyEvaluationStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "decision", column = @Column(name = "weight_decision")),
			@AttributeOverride(name = "process", column = @Column(name = "weight_process")),
			@AttributeOverride(name = "output", column = @Column(name = "weight_output")),
			@AttributeOverride(name = "effect", column = @Column(name = "weight_effect")) })
	private Levels weights;

	private String thirdPartyCode;

	private String experts;

	private String planNote;

	private LocalDate reportDue;

	private String plannedBy;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "decision", column = @Column(name = "score_decision")),
			@AttributeOverride(name = "process", column = @Column(name = "score_process")),
			@AttributeOverride(name = "output", column = @Column(name = "score_output")),
			@AttributeOverride(name = "effect", column = @Column(name = "score_effect")) })
	private Levels scores;

	private BigDecimal totalScore;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String findings;

	private String report;

	private String reportedBy;

	private Instant reportedAt;

	private String approvedBy;

	private Instant approvedAt;

	private String processInstanceId;

	@Version
	private long version;

	protected KeyEvaluation() {
	}

	KeyEvaluation(Long selectionId, Long itemId, Reason reason) {
		this.selectionId = selectionId;
		this.itemId = itemId;
		this.reason = reason;
		this.status = KeyEvaluationStatus.SELECTED;
	}

	void start(String processInstanceId) {
		this.processInstanceId = processInstanceId;
		this.status = KeyEvaluationStatus.PLANNING;
	}

	void plan(Levels weights, String thirdPartyCode, List<String> experts, String planNote, LocalDate reportDue,
			String plannedBy) {
		this.weights = weights.rounded();
		this.thirdPartyCode = thirdPartyCode;
		this.experts = String.join(",", experts);
		this.planNote = planNote;
		this.reportDue = reportDue;
		this.plannedBy = plannedBy;
		this.status = KeyEvaluationStatus.EVALUATING;
	}

	void report(String findings, String report, String reportedBy) {
		this.findings = findings;
		this.report = report;
		this.reportedBy = reportedBy;
		this.reportedAt = AppClock.instant();
		this.status = experts().isEmpty() ? KeyEvaluationStatus.APPROVING : KeyEvaluationStatus.EXPERT_REVIEW;
	}

	void expertsDone() {
		this.status = KeyEvaluationStatus.APPROVING;
	}

	void returnForRevision() {
		this.status = KeyEvaluationStatus.EVALUATING;
	}

	/** Sent back to the plan (退回). */
	void replan() {
		this.status = KeyEvaluationStatus.PLANNING;
	}

	/** Sent back to the experts (退回): they score again. */
	void reviewAgain() {
		this.status = KeyEvaluationStatus.EXPERT_REVIEW;
	}

	/** Finance approves the final level-1 scores; the grade follows from the grade table. */
	void approve(Levels scores, String approvedBy) {
		this.scores = scores;
		this.totalScore = scores.total();
		this.approvedBy = approvedBy;
		this.approvedAt = AppClock.instant();
	}

	void grade(Grade grade) {
		if (this.approvedAt == null) {
			throw DomainException.conflict("keyevaluation.notApproved", this.id);
		}
		this.grade = grade;
		this.status = KeyEvaluationStatus.APPROVED;
	}

	public List<String> experts() {
		return this.experts == null || this.experts.isEmpty() ? List.of() : Arrays.asList(this.experts.split(","));
	}

	public Long getId() {
		return this.id;
	}

	public Long getSelectionId() {
		return this.selectionId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Reason getReason() {
		return this.reason;
	}

	public KeyEvaluationStatus getStatus() {
		return this.status;
	}

	public Levels getWeights() {
		return this.weights;
	}

	public String getThirdPartyCode() {
		return this.thirdPartyCode;
	}

	public String getPlanNote() {
		return this.planNote;
	}

	public LocalDate getReportDue() {
		return this.reportDue;
	}

	public String getPlannedBy() {
		return this.plannedBy;
	}

	public Levels getScores() {
		return this.scores;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public Grade getGrade() {
		return this.grade;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getReport() {
		return this.report;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

}
