package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The level-1 weights of the scoring template (configurable; default 10/50/30/10): budget
 * execution rate, 产出, 效益, 满意度. A target sheet's indicator weights per category add up to them.
 */
@Entity
@Table(name = "weight_template")
public class WeightTemplate {

	public static final String DEFAULT = "DEFAULT";

	@Id
	private String code;

	private BigDecimal executionWeight;

	private BigDecimal outputWeight;

	private BigDecimal benefitWeight;

	private BigDecimal satisfactionWeight;

	private String updatedBy;

	private Instant updatedAt;

	protected WeightTemplate() {
	}

	void change(BigDecimal execution, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction, String user) {
		this.executionWeight = execution;
		this.outputWeight = output;
		this.benefitWeight = benefit;
		this.satisfactionWeight = satisfaction;
		this.updatedBy = user;
		this.updatedAt = AppClock.instant();
	}

	public BigDecimal weightOf(String level1) {
		return switch (level1) {
			case "OUTPUT" -> this.outputWeight;
			case "BENEFIT" -> this.benefitWeight;
			case "SATISFACTION" -> this.satisfactionWeight;
			default -> BigDecimal.ZERO;
		};
	}

	public String getCode() {
		return this.code;
	}

	public BigDecimal getExecutionWeight() {
		return this.executionWeight;
	}

	public BigDecimal getOutputWeight() {
		return this.outputWeight;
	}

	public BigDecimal getBenefitWeight() {
		return this.benefitWeight;
	}

	public BigDecimal getSatisfactionWeight() {
		return this.satisfactionWeight;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
