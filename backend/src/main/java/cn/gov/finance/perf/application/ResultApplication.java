package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 结果应用台账 of one item: feedback to the evaluated body, its rectification plan and items, and the
 * link of the result to next year's budget.
 */
@Entity
@Table(name = "result_application")
public class ResultApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long evaluationId;

	private String grade;

	private BigDecimal totalScore;

	/** SELF: the self-evaluation's result; KEY: finance's key evaluation, which supersedes it. */
	private String resultSource;

	private LocalDate feedbackDue;

	private String feedback;

	private Instant feedbackSentAt;

	private boolean feedbackOverdue;

	private LocalDate planDue;

	private Instant planSubmittedAt;

	private boolean planOverdue;

	private int nextYear;

	private String linkageAction;

	private BigDecimal linkageRate;

	private BigDecimal currentAmount;

	private BigDecimal proposedAmount;

	private BigDecimal confirmedAmount;

	private String linkageConfirmedBy;

	private Instant linkageConfirmedAt;

	private Instant closedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<RectificationItem> rectifications = new ArrayList<>();

	protected ResultApplication() {
	}

	ResultApplication(Long itemId, Long evaluationId, Result result, LocalDate feedbackDue, int nextYear,
			Linkage linkage, BigDecimal currentAmount) {
		this.itemId = itemId;
		this.evaluationId = evaluationId;
		this.feedbackDue = feedbackDue;
		this.nextYear = nextYear;
		this.currentAmount = currentAmount;
		apply(result, linkage);
	}

	/**
	 * A key evaluation approved after the ledger opened replaces the result and the budget link it
	 * proposes, as long as the budget office has not confirmed next year's amount.
	 */
	boolean regrade(Result result, Linkage linkage) {
		if (this.linkageConfirmedAt != null) {
			return false;
		}
		apply(result, linkage);
		return true;
	}

	private void apply(Result result, Linkage linkage) {
		this.grade = result.grade();
		this.totalScore = result.totalScore();
		this.resultSource = result.source();
		this.linkageAction = linkage.action();
		this.linkageRate = linkage.rate();
		this.proposedAmount = this.currentAmount.multiply(linkage.rate()).setScale(2, RoundingMode.HALF_UP);
	}

	/** The result applied: its grade, total and where it comes from (SELF or KEY). */
	record Result(String grade, BigDecimal totalScore, String source) {
	}

	/** What BudgetLinkage proposes for next year's budget: an action and the rate of this year's amount. */
	record Linkage(String action, BigDecimal rate) {
	}

	void sendFeedback(String feedback, LocalDate planDue) {
		this.feedback = feedback;
		this.feedbackSentAt = AppClock.instant();
		this.planDue = planDue;
	}

	void submitPlan(List<ApplicationForms.PlanItem> items) {
		this.rectifications.clear();
		for (int i = 0; i < items.size(); i++) {
			this.rectifications.add(new RectificationItem(this, i, items.get(i)));
		}
		this.planSubmittedAt = AppClock.instant();
	}

	void reportClosure(List<ApplicationForms.Closure> closures) {
		if (closures.size() != this.rectifications.size()) {
			throw DomainException.invalid("items", "application.closureCount", this.rectifications.size());
		}
		for (int i = 0; i < closures.size(); i++) {
			this.rectifications.get(i).report(closures.get(i));
		}
	}

	void reopenUnfinished() {
		this.rectifications.forEach(RectificationItem::reopen);
	}

	void markOverdue(String what) {
		if ("FEEDBACK".equals(what)) {
			this.feedbackOverdue = true;
		}
		else {
			this.planOverdue = true;
		}
	}

	void confirmLinkage(BigDecimal amount, String user) {
		this.confirmedAmount = amount;
		this.linkageConfirmedBy = user;
		this.linkageConfirmedAt = AppClock.instant();
	}

	void close() {
		if (this.closedAt == null) {
			this.closedAt = AppClock.instant();
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getEvaluationId() {
		return this.evaluationId;
	}

	public String getGrade() {
		return this.grade;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public String getResultSource() {
		return this.resultSource;
	}

	public LocalDate getFeedbackDue() {
		return this.feedbackDue;
	}

	public String getFeedback() {
		return this.feedback;
	}

	public Instant getFeedbackSentAt() {
		return this.feedbackSentAt;
	}

	public boolean isFeedbackOverdue() {
		return this.feedbackOverdue;
	}

	public LocalDate getPlanDue() {
		return this.planDue;
	}

	public Instant getPlanSubmittedAt() {
		return this.planSubmittedAt;
	}

	public boolean isPlanOverdue() {
		return this.planOverdue;
	}

	public int getNextYear() {
		return this.nextYear;
	}

	public String getLinkageAction() {
		return this.linkageAction;
	}

	public BigDecimal getLinkageRate() {
		return this.linkageRate;
	}

	public BigDecimal getCurrentAmount() {
		return this.currentAmount;
	}

	public BigDecimal getProposedAmount() {
		return this.proposedAmount;
	}

	public BigDecimal getConfirmedAmount() {
		return this.confirmedAmount;
	}

	public String getLinkageConfirmedBy() {
		return this.linkageConfirmedBy;
	}

	public Instant getLinkageConfirmedAt() {
		return this.linkageConfirmedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<RectificationItem> getRectifications() {
		return List.copyOf(this.rectifications);
	}

}
