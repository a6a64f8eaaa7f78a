package cn.gov.finance.perf.overall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 部门整体绩效评价 or 下级政府财政运行综合绩效评价 of one body for a fiscal year: the body reports and
 * scores itself per dimension, finance scores, the grade table grades, and the budget office confirms
 * what the grade does to the body's money next year.
 */
@Entity
@Table(name = "body_evaluation")
public class BodyEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private BodyKind kind;

	private int fiscalYear;

	private String subjectCode;

	private String subjectGroup;

	@Enumerated(EnumType.STRING)
	private BodyEvaluationStatus status;

	private LocalDate selfReportDue;

	private boolean selfReportOverdue;

	private String selfSummary;

	private String reportedBy;

	private Instant reportedAt;

	private BigDecimal totalScore;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String scoredBy;

	private Instant scoredAt;

	private BigDecimal baseAmount;

	private String linkageAction;

	private BigDecimal linkageRate;

	private BigDecimal proposedAmount;

	private BigDecimal confirmedAmount;

	private String confirmedBy;

	private Instant confirmedAt;

	private String startedBy;

	private Instant startedAt;

	private String processInstanceId;

	@Version
	private long version;

	@OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<BodyEvaluationRow> rows = new ArrayList<>();

	protected BodyEvaluation() {
	}

	BodyEvaluation(BodyKind kind, int fiscalYear, String subjectCode, String subjectGroup, LocalDate selfReportDue,
			BigDecimal baseAmount, Map<BodyDimension, BigDecimal> weights, String startedBy) {
		this.kind = kind;
		this.fiscalYear = fiscalYear;
		this.subjectCode = subjectCode;
		this.subjectGroup = subjectGroup;
		this.selfReportDue = selfReportDue;
		this.baseAmount = baseAmount;
		this.status = BodyEvaluationStatus.SELF_REPORT;
		this.startedBy = startedBy;
		this.startedAt = AppClock.instant();
		List<BodyDimension> dimensions = kind.dimensions();
		for (int i = 0; i < dimensions.size(); i++) {
			this.rows.add(new BodyEvaluationRow(this, i, dimensions.get(i), weights.get(dimensions.get(i))));
		}
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void selfReport(List<BigDecimal> scores, List<String> notes, String summary, String user) {
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).selfScore(scores.get(i), notes.get(i));
		}
		this.selfSummary = summary;
		this.reportedBy = user;
		this.reportedAt = AppClock.instant();
		this.status = BodyEvaluationStatus.FINANCE_SCORING;
	}

	void returnForRevision() {
		this.status = BodyEvaluationStatus.SELF_REPORT;
	}

	/** Sent back to finance's scoring (退回 from the budget office). */
	void scoreAgain() {
		this.status = BodyEvaluationStatus.FINANCE_SCORING;
	}

	void score(List<BigDecimal> scores, BigDecimal total, String user) {
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).score(scores.get(i));
		}
		this.totalScore = total;
		this.scoredBy = user;
		this.scoredAt = AppClock.instant();
	}

	void fix(Grade grade, String linkageAction, BigDecimal linkageRate) {
		this.grade = grade;
		this.linkageAction = linkageAction;
		this.linkageRate = linkageRate;
		this.proposedAmount = this.baseAmount.multiply(linkageRate).setScale(2, RoundingMode.HALF_UP);
		this.status = BodyEvaluationStatus.LINKAGE;
	}

	void confirm(BigDecimal amount, String user) {
		this.confirmedAmount = amount;
		this.confirmedBy = user;
		this.confirmedAt = AppClock.instant();
	}

	void close() {
		this.status = BodyEvaluationStatus.CLOSED;
	}

	void markOverdue() {
		this.selfReportOverdue = true;
	}

	public Long getId() {
		return this.id;
	}

	public BodyKind getKind() {
		return this.kind;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public String getSubjectCode() {
		return this.subjectCode;
	}

	public String getSubjectGroup() {
		return this.subjectGroup;
	}

	public BodyEvaluationStatus getStatus() {
		return this.status;
	}

	public LocalDate getSelfReportDue() {
		return this.selfReportDue;
	}

	public boolean isSelfReportOverdue() {
		return this.selfReportOverdue;
	}

	public String getSelfSummary() {
		return this.selfSummary;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public Grade getGrade() {
		return this.grade;
	}

	public String getScoredBy() {
		return this.scoredBy;
	}

	public BigDecimal getBaseAmount() {
		return this.baseAmount;
	}

	public String getLinkageAction() {
		return this.linkageAction;
	}

	public BigDecimal getLinkageRate() {
		return this.linkageRate;
	}

	public BigDecimal getProposedAmount() {
		return this.proposedAmount;
	}

	public BigDecimal getConfirmedAmount() {
		return this.confirmedAmount;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public List<BodyEvaluationRow> getRows() {
		return List.copyOf(this.rows);
	}

}
