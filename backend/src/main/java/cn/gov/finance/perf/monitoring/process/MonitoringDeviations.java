package cn.gov.finance.perf.monitoring.process;

import static cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess.*;

import cn.gov.finance.perf.monitoring.MonitoringReport;
import cn.gov.finance.perf.monitoring.MonitoringService;
import cn.gov.finance.perf.target.TargetEnums.AdjustmentReason;
import cn.gov.finance.perf.target.TargetService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * A deviation with an objective cause: the target is adjusted and the budget reallocated in the
 * same step (domain.md §3.3) — a new target version, reviewed by TargetAdjustmentProcess, whose
 * budget approval carries the reallocated amount.
 */
@Component("monitoringDeviations")
public class MonitoringDeviations {

	private final MonitoringService monitoring;

	private final TargetService targets;

	MonitoringDeviations(MonitoringService monitoring, TargetService targets) {
		this.monitoring = monitoring;
		this.targets = targets;
	}

	public void openAdjustment(DelegateExecution execution) {
		Long itemId = (Long) execution.getVariable(VAR_ITEM_ID);
		MonitoringReport report = this.monitoring.report(itemId, (Long) execution.getVariable(VAR_PERIOD_ID));
		Long existing = (Long) execution.getVariable(VAR_SHEET_ID);
		if (existing == null) {
			String note = "运行监控发现客观原因偏差，预算调剂并同步调整目标"
					+ (report.getSummary() == null ? "" : "：" + report.getSummary());
			execution.setVariable(VAR_SHEET_ID,
					this.targets.openAdjustmentDraft(itemId, AdjustmentReason.POLICY_CHANGE, note, "system").getId());
		}
	}

}
