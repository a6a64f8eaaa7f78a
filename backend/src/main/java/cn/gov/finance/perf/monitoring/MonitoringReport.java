package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.monitoring.MonitoringEnums.DeclaredCause;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeviationClass;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import cn.gov.finance.perf.monitoring.MonitoringEnums.ReportStatus;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
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

/** 绩效监控表: one item, one period — targets and spending watched together ("双监控"). */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long periodId;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private BigDecimal budgetAmount;

	private BigDecimal spentAmount;

	private BigDecimal executionValue;

	@Enumerated(EnumType.STRING)
	private Light light;

	@Enumerated(EnumType.STRING)
	private DeclaredCause declaredCause;

	private String summary;

	private boolean overdue;

	@Enumerated(EnumType.STRING)
	private DeviationClass deviationClass;

	private BigDecimal proposedRecovery;

	private String filledBy;

	private Instant submittedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<MonitoringIndicatorRow> indicators = new ArrayList<>();

	protected MonitoringReport() {
	}

	MonitoringReport(Long itemId, Long periodId, BigDecimal budgetAmount) {
		this.itemId = itemId;
		this.periodId = periodId;
		this.budgetAmount = budgetAmount;
		this.status = ReportStatus.OPEN;
	}

	void addIndicator(String level1, String name, String annualTarget) {
		this.indicators.add(new MonitoringIndicatorRow(this, this.indicators.size(), level1, name, annualTarget));
	}

	void submit(MonitoringForms.Report form, BigDecimal executionValue, Light light, String user) {
		if (this.indicators.size() != form.indicators().size()) {
			throw DomainException.invalid("indicators", "monitoring.indicatorRows", this.indicators.size());
		}
		this.spentAmount = form.spentAmount();
		this.executionValue = executionValue;
		this.light = light;
		this.declaredCause = form.declaredCause();
		this.summary = form.summary() == null ? null : form.summary().trim();
		for (int i = 0; i < this.indicators.size(); i++) {
			this.indicators.get(i).fill(form.indicators().get(i));
		}
		this.status = ReportStatus.SUBMITTED;
		this.filledBy = user;
		this.submittedAt = AppClock.instant();
	}

	void reopen() {
		this.status = ReportStatus.OPEN;
	}

	void markOverdue() {
		this.overdue = true;
	}

	void classify(DeviationClass deviationClass) {
		this.deviationClass = deviationClass;
	}

	void proposeRecovery(BigDecimal amount) {
		this.proposedRecovery = amount;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getPeriodId() {
		return this.periodId;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public BigDecimal getBudgetAmount() {
		return this.budgetAmount;
	}

	public BigDecimal getSpentAmount() {
		return this.spentAmount;
	}

	/**
	 * The exact execution value the light was decided on ({@link ExecutionRate#exact}); {@code null}
	 * before filing and when there is no budget. Views round it with {@link ExecutionRate#display}.
	 */
	public BigDecimal getExecutionValue() {
		return this.executionValue;
	}

	public Light getLight() {
		return this.light;
	}

	public DeclaredCause getDeclaredCause() {
		return this.declaredCause;
	}

	public String getSummary() {
		return this.summary;
	}

	public boolean isOverdue() {
		return this.overdue;
	}

	public DeviationClass getDeviationClass() {
		return this.deviationClass;
	}

	public BigDecimal getProposedRecovery() {
		return this.proposedRecovery;
	}

	public String getFilledBy() {
		return this.filledBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public List<MonitoringIndicatorRow> getIndicators() {
		return List.copyOf(this.indicators);
	}

}
