package cn.gov.finance.perf.monitoring;

import java.util.List;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.monitoring.process.CalendarRescheduler;
import cn.gov.finance.perf.org.DivisionRepository;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the monitoring calendar: administrators and the finance performance office. A changed
 * period moves the timers and due dates of the reports already waiting on it.
 */
@Service
public class MonitoringCalendarService {

	private final MonitoringPeriodRepository periods;

	private final DivisionRepository divisions;

	private final CalendarRescheduler rescheduler;

	private final ApplicationEventPublisher events;

	MonitoringCalendarService(MonitoringPeriodRepository periods, DivisionRepository divisions,
			CalendarRescheduler rescheduler, ApplicationEventPublisher events) {
		this.events = events;
		this.periods = periods;
		this.divisions = divisions;
		this.rescheduler = rescheduler;
	}

	@Transactional
	public MonitoringPeriod create(MonitoringForms.Period form, AppUser user) {
		requireMaintainer(user);
		validate(form);
		try {
			MonitoringPeriod period = this.periods.saveAndFlush(new MonitoringPeriod(form.divisionCode(), form.fiscalYear(),
					form.name().trim(), form.cutoffDate(), form.dueDate(), user.id()));
			this.events.publishEvent(new AdminAuditEvent("calendar.created", "monitoring-period:" + period.getId(),
					"新增监控期间 " + period.getName(), describe(period, "")));
			return period;
		}
		catch (DataIntegrityViolationException duplicate) {
			throw DomainException.invalid("cutoffDate", "monitoring.periodDuplicate");
		}
	}

	@Transactional
	public MonitoringPeriod update(Long id, MonitoringForms.Period form, AppUser user) {
		requireMaintainer(user);
		validate(form);
		MonitoringPeriod period = this.periods.findById(id).orElseThrow(() -> DomainException.notFound("Monitoring period", id));
		if (!period.getDivisionCode().equals(form.divisionCode()) || period.getFiscalYear() != form.fiscalYear()) {
			throw DomainException.invalid("divisionCode", "monitoring.periodFixed");
		}
		java.util.Map<String, String> details = new java.util.TreeMap<>(describe(period, "old."));
		period.change(form.name().trim(), form.cutoffDate(), form.dueDate(), user.id());
		this.periods.flush();
		this.rescheduler.periodChanged(period.getId());
		details.putAll(describe(period, "new."));
		this.events.publishEvent(new AdminAuditEvent("calendar.updated", "monitoring-period:" + period.getId(),
				"修改监控期间 " + period.getName(), details));
		return period;
	}

	public List<MonitoringPeriod> list(int fiscalYear, String divisionCode) {
		return divisionCode == null || divisionCode.isBlank()
				? this.periods.findByFiscalYearOrderByDivisionCodeAscCutoffDateAsc(fiscalYear)
				: this.periods.findByDivisionCodeAndFiscalYearOrderByCutoffDateAsc(divisionCode, fiscalYear);
	}

	private static java.util.Map<String, String> describe(MonitoringPeriod period, String prefix) {
		return java.util.Map.of(prefix + "division", period.getDivisionCode(), prefix + "fiscalYear",
				String.valueOf(period.getFiscalYear()), prefix + "name", period.getName(), prefix + "cutoffDate",
				period.getCutoffDate().toString(), prefix + "dueDate", period.getDueDate().toString());
	}

	private void validate(MonitoringForms.Period form) {
		List<FieldMessage> errors = new java.util.ArrayList<>();
		if (!this.divisions.existsById(form.divisionCode())) {
			errors.add(FieldMessage.of("divisionCode", "monitoring.notADivision"));
		}
		if (form.cutoffDate().getYear() != form.fiscalYear()) {
			errors.add(FieldMessage.of("cutoffDate", "monitoring.cutoffInYear"));
		}
		if (!form.dueDate().isAfter(form.cutoffDate())) {
			errors.add(FieldMessage.of("dueDate", "monitoring.dueAfterCutoff"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	private static void requireMaintainer(AppUser user) {
		if (!user.hasAnyRole(Roles.ADMIN, Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("monitoring.calendarForbidden");
		}
	}

}
