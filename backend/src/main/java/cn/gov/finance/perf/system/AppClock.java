package cn.gov.finance.perf.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's one clock: the process engine's clock ({@link ClockUtil}, which tests move to
 * drive timers), read in the configured {@code app.time-zone}. Calendar decisions (what "today" is,
 * whether something is overdue, which fiscal year it is) are taken in that zone, never in the JVM's
 * default zone, so the application and its tests agree at every hour under any {@code TZ}.
 *
 * <p>
 * Nothing else in main or test code reads the wall clock; {@code OneClockTest} fails when something
 * does.
 */
@Component
public class AppClock {

	private final ZoneId zone;

	public AppClock(@Value("${app.time-zone:Asia/Shanghai}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	/** The current instant of the engine clock, for timestamps written by entities and services. */
	public static Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public Instant now() {
		return instant();
	}

	public Date nowAsDate() {
		return Date.from(now());
	}

	/** Today's date in {@code app.time-zone}. */
	public LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	public int currentYear() {
		return today().getYear();
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The calendar date of an instant in {@code app.time-zone}. */
	public LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/** The first instant of a calendar date in {@code app.time-zone}. */
	public Instant startOf(LocalDate date) {
		return date.atStartOfDay(this.zone).toInstant();
	}

	public ZonedDateTime zoned(Instant instant) {
		return instant.atZone(this.zone);
	}

}
