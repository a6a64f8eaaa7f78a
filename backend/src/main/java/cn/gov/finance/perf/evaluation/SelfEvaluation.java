package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.evaluation.EvaluationEnums.EvaluationStatus;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.target.TargetSheet;
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

/** 绩效自评表: the item's result against its approved target, scored by the rules of domain.md §3.4. */
@Entity
@Table(name = "self_evaluation")
public class SelfEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long sheetId;

	@Enumerated(EnumType.STRING)
	private EvaluationStatus status;

	private BigDecimal budgetAmount;

	private BigDecimal spentAmount;

	private BigDecimal executionWeight;

	private BigDecimal executionScore;

	private BigDecimal totalScore;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private boolean overdue;

	private String summary;

	private String filledBy;

	private Instant submittedAt;

	private String recheckedBy;

	private String recheckReason;

	private Instant fixedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<SelfEvaluationRow> rows = new ArrayList<>();

	protected SelfEvaluation() {
	}

	SelfEvaluation(Long itemId, TargetSheet sheet, BigDecimal budgetAmount, BigDecimal executionWeight) {
		this.itemId = itemId;
		this.sheetId = sheet.getId();
		this.status = EvaluationStatus.OPEN;
		this.budgetAmount = budgetAmount;
		this.executionWeight = executionWeight;
		for (int i = 0; i < sheet.getIndicators().size(); i++) {
			this.rows.add(new SelfEvaluationRow(this, i, sheet.getIndicators().get(i)));
		}
	}

	void submit(SelfEvaluationForms.Fill form, Scores scores, String user) {
		this.spentAmount = form.spentAmount();
		this.summary = form.summary();
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).fill(form.rows().get(i), scores.rows().get(i));
		}
		this.executionScore = scores.execution();
		this.totalScore = scores.total();
		this.status = EvaluationStatus.SUBMITTED;
		this.filledBy = user;
		this.submittedAt = AppClock.instant();
	}

	void reopen() {
		this.status = EvaluationStatus.OPEN;
	}

	void recheck(List<BigDecimal> rowScores, BigDecimal total, String user, String reason) {
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).rescore(rowScores.get(i));
		}
		this.totalScore = total;
		this.recheckedBy = user;
		this.recheckReason = reason;
	}

	void markOverdue() {
		this.overdue = true;
	}

	void fix(Grade grade) {
		this.grade = grade;
		this.status = EvaluationStatus.FIXED;
		this.fixedAt = AppClock.instant();
	}

	/** The computed scores of a submission: per row, the execution part, and the total. */
	public record Scores(List<BigDecimal> rows, BigDecimal execution, BigDecimal total) {
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getSheetId() {
		return this.sheetId;
	}

	public EvaluationStatus getStatus() {
		return this.status;
	}

	public BigDecimal getBudgetAmount() {
		return this.budgetAmount;
	}

	public BigDecimal getSpentAmount() {
		return this.spentAmount;
	}

	public BigDecimal getExecutionWeight() {
		return this.executionWeight;
	}

	public BigDecimal getExecutionScore() {
		return this.executionScore;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public Grade getGrade() {
		return this.grade;
	}

	public boolean isOverdue() {
		return this.overdue;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getFilledBy() {
		return this.filledBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getRecheckedBy() {
		return this.recheckedBy;
	}

	public String getRecheckReason() {
		return this.recheckReason;
	}

	public Instant getFixedAt() {
		return this.fixedAt;
	}

	public List<SelfEvaluationRow> getRows() {
		return List.copyOf(this.rows);
	}

}
