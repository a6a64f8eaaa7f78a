package cn.gov.finance.perf.monitoring;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.monitoring.MonitoringController.ReportView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of monitoring reports: the API's views with their indicator progress rows, built in
 * one read-only transaction.
 */
@Component
class MonitoringViews {

	private final MonitoringService service;

	private final ItemAccess access;

	MonitoringViews(MonitoringService service, ItemAccess access) {
		this.service = service;
		this.access = access;
	}

	@Transactional(readOnly = true)
	ReportView reportOfTask(String taskId, AppUser user) {
		MonitoringReport report = this.service.reportOfTask(taskId, user);
		return ReportView.of(report, this.service.period(report.getPeriodId()), List.of());
	}

	/** Every monitoring report of an item, with its decisions. */
	@Transactional(readOnly = true)
	List<ReportView> reports(String code, AppUser user) {
		BudgetItem item = this.access.requireVisible(code, user);
		List<MonitoringReport> reports = this.service.reportsOf(item);
		Map<Long, List<MonitoringDecision>> decisions = this.service.decisionsOf(reports);
		return reports.stream()
			.map(r -> ReportView.of(r, this.service.period(r.getPeriodId()), decisions.getOrDefault(r.getId(), List.of())))
			.toList();
	}

}
