package cn.gov.finance.perf.monitoring.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.monitoring.MonitoringPeriod;
import cn.gov.finance.perf.monitoring.MonitoringPeriodRepository;
import cn.gov.finance.perf.system.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monitoring calendar as the models see it: which periods an item reports on, when each opens
 * and falls due, when transfer-payment funds must be passed down, how long a rectification may take.
 * Dates are local dates of the finance bureau's time zone.
 */
@Component("monitoringCalendar")
public class MonitoringCalendar {

	/** The League itself: its calendar applies where a county has not set its own. */
	static final String LEAGUE = "152500";

	private final MonitoringPeriodRepository periods;

	private final ItemAccess items;

	private final ZoneId zone;

	private final String rectificationPeriod;

	MonitoringCalendar(MonitoringPeriodRepository periods, ItemAccess items,
			AppClock clock,
			@Value("${app.monitoring.rectification-period:P30D}") String rectificationPeriod) {
		this.periods = periods;
		this.items = items;
		this.zone = clock.zone();
		this.rectificationPeriod = rectificationPeriod;
	}

	/**
	 * Sets {@code periodIds}: the periods of the item's division and fiscal year (or the League's)
	 * whose report is not yet past due. No calendar at all is a configuration fault: it fails the
	 * (asynchronous) step, which retries and then shows as an incident until a calendar exists.
	 */
	public void load(DelegateExecution execution) {
		BudgetItem item = this.items.require((Long) execution.getVariable(MonitoringPeriodProcess.VAR_ITEM_ID));
		List<MonitoringPeriod> calendar = this.periods
			.findByDivisionCodeAndFiscalYearOrderByCutoffDateAsc(item.getDivisionCode(), item.getFiscalYear());
		if (calendar.isEmpty()) {
			calendar = this.periods.findByDivisionCodeAndFiscalYearOrderByCutoffDateAsc(LEAGUE, item.getFiscalYear());
		}
		if (calendar.isEmpty()) {
			throw new IllegalStateException("No monitoring calendar for division " + item.getDivisionCode()
					+ " (or the League) in " + item.getFiscalYear() + "; add one under 监控计划");
		}
		Date now = Date.from(AppClock.instant());
		List<Long> open = new ArrayList<>();
		for (MonitoringPeriod period : calendar) {
			if (endOf(period.getDueDate()).after(now)) {
				open.add(period.getId());
			}
		}
		execution.setVariable(ExecutionMonitoringProcess.VAR_PERIOD_IDS, open);
	}

	/** The report opens the day after the cut-off date. */
	public Date opensAt(Long periodId) {
		return startOf(period(periodId).getCutoffDate().plusDays(1));
	}

	/** The report is overdue once its due date has passed. */
	public Date dueAt(Long periodId) {
		return endOf(period(periodId).getDueDate());
	}

	/** For a transfer payment with a pass-down date: the end of that day; otherwise null. */
	public Date passDownDue(Long itemId) {
		LocalDate due = this.items.require(itemId).getPassDownDue();
		return due == null ? null : endOf(due);
	}

	/** ISO-8601 duration a department has to rectify (configurable). */
	public String rectificationPeriod() {
		return this.rectificationPeriod;
	}

	private MonitoringPeriod period(Long periodId) {
		return this.periods.findById(periodId).orElseThrow(() -> new IllegalStateException("No period " + periodId));
	}

	private Date startOf(LocalDate date) {
		return Date.from(date.atStartOfDay(this.zone).toInstant());
	}

	private Date endOf(LocalDate date) {
		return startOf(date.plusDays(1));
	}

}
