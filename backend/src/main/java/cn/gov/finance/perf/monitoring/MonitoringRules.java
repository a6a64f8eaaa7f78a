package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/** The configurable monitoring rules, evaluated from the DMN tables in processes/monitoring/. */
@Component
public class MonitoringRules {

	private final DecisionService decisions;

	MonitoringRules(DecisionService decisions) {
		this.decisions = decisions;
	}

	/**
	 * The light of an exact execution value (see {@link ExecutionRate#exact}); no value means no
	 * budget to measure against.
	 */
	public Light light(@Nullable BigDecimal executionValue) {
		if (executionValue == null) {
			return Light.NO_BUDGET;
		}
		String light = this.decisions
			.evaluateDecisionTableByKey("ExecutionWarning", Map.of("executionValue", executionValue.doubleValue()))
			.getSingleEntry();
		return Light.valueOf(light);
	}

	/** The recovery proposed for slow execution: the configured share of the spending shortfall. */
	public BigDecimal slowExecutionRecovery(@Nullable BigDecimal executionValue, BigDecimal shortfall) {
		if (executionValue == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		Double share = this.decisions
			.evaluateDecisionTableByKey("SlowExecutionRecovery", Map.of("executionValue", executionValue.doubleValue()))
			.getSingleEntry();
		return shortfall.multiply(BigDecimal.valueOf(share == null ? 0 : share)).setScale(2, RoundingMode.HALF_UP);
	}

}
