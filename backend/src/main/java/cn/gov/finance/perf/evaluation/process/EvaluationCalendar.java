package cn.gov.finance.perf.evaluation.process;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;

import cn.gov.finance.perf.evaluation.EvaluationWindows;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an item's self-evaluation opens and is due: the fiscal year's evaluation window, or by
 * default (configurable) the months after the year ends.
 */
@Component("evaluationCalendar")
public class EvaluationCalendar {

	private final EvaluationWindows windows;

	private final ItemAccess items;

	private final ZoneId zone;

	private final MonthDay defaultOpens;

	private final MonthDay defaultDue;

	EvaluationCalendar(EvaluationWindows windows, ItemAccess items, AppClock clock,
			@Value("${app.evaluation.default-opens:--01-15}") String defaultOpens,
			@Value("${app.evaluation.default-due:--03-31}") String defaultDue) {
		this.windows = windows;
		this.items = items;
		this.zone = clock.zone();
		this.defaultOpens = MonthDay.parse(defaultOpens);
		this.defaultDue = MonthDay.parse(defaultDue);
	}

	public Date opensAt(Long itemId) {
		int year = this.items.require(itemId).getFiscalYear();
		LocalDate opens = this.windows.find(year).map(w -> w.getOpensOn()).orElse(this.defaultOpens.atYear(year + 1));
		return Date.from(opens.atStartOfDay(this.zone).toInstant());
	}

	public Date dueAt(Long itemId) {
		return dueOfYear(this.items.require(itemId).getFiscalYear());
	}

	/** When the self-evaluations of a fiscal year are due (the end of the window's last day). */
	public Date dueOfYear(int year) {
		LocalDate due = this.windows.find(year).map(w -> w.getDueOn()).orElse(this.defaultDue.atYear(year + 1));
		return Date.from(due.plusDays(1).atStartOfDay(this.zone).toInstant());
	}

}
