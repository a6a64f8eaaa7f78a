package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.monitoring.MonitoringEnums.DecisionStep;
import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision on a monitoring report or its deviation, with the opinion and who took it. */
@Entity
@Table(name = "monitoring_decision")
public class MonitoringDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	@Enumerated(EnumType.STRING)
	private DecisionStep step;

	private String decision;

	private BigDecimal amount;

	private String opinion;

	private String taskId;

	private String decidedBy;

	private Instant decidedAt;

	protected MonitoringDecision() {
	}

	MonitoringDecision(Long reportId, DecisionStep step, String decision, BigDecimal amount, String opinion,
			String taskId, String decidedBy) {
		this.reportId = reportId;
		this.step = step;
		this.decision = decision;
		this.amount = amount;
		this.opinion = opinion.trim();
		this.taskId = taskId;
		this.decidedBy = decidedBy;
		this.decidedAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public DecisionStep getStep() {
		return this.step;
	}

	public String getDecision() {
		return this.decision;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
