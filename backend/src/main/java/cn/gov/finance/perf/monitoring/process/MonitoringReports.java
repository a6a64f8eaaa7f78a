package cn.gov.finance.perf.monitoring.process;

import static cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess.*;

import cn.gov.finance.perf.monitoring.MonitoringEnums.DeviationClass;
import cn.gov.finance.perf.monitoring.MonitoringService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/** The period model's steps on its report: open it, mark it overdue, classify, propose a recovery. */
@Component("monitoringReports")
public class MonitoringReports {

	private final MonitoringService monitoring;

	MonitoringReports(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	public void open(DelegateExecution execution) {
		this.monitoring.open(itemId(execution), periodId(execution));
	}

	public void markOverdue(DelegateExecution execution) {
		this.monitoring.markOverdue(itemId(execution), periodId(execution));
	}

	public void recordDeviation(DelegateExecution execution) {
		Object deviation = execution.getVariable(VAR_DEVIATION_CLASS);
		this.monitoring.recordDeviation(itemId(execution), periodId(execution),
				deviation == null ? DeviationClass.NONE : DeviationClass.valueOf((String) deviation));
	}

	public void proposeRecovery(DelegateExecution execution) {
		this.monitoring.proposeRecovery(itemId(execution), periodId(execution));
	}

	public boolean isKeyMonitored(Long itemId) {
		return this.monitoring.isKeyMonitored(itemId);
	}

	private static Long itemId(DelegateExecution execution) {
		return (Long) execution.getVariable(VAR_ITEM_ID);
	}

	private static Long periodId(DelegateExecution execution) {
		return (Long) execution.getVariable(VAR_PERIOD_ID);
	}

}
