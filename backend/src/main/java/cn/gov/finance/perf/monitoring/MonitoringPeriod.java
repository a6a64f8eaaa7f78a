package cn.gov.finance.perf.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period of a division's monitoring calendar: data up to the cut-off date, report due by the due date. */
@Entity
@Table(name = "monitoring_period")
public class MonitoringPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String divisionCode;

	private int fiscalYear;

	private String name;

	private LocalDate cutoffDate;

	private LocalDate dueDate;

	private String updatedBy;

	private Instant updatedAt;

	protected MonitoringPeriod() {
	}

	public MonitoringPeriod(String divisionCode, int fiscalYear, String name, LocalDate cutoffDate, LocalDate dueDate,
			String updatedBy) {
		this.divisionCode = divisionCode;
		this.fiscalYear = fiscalYear;
		change(name, cutoffDate, dueDate, updatedBy);
	}

	void change(String name, LocalDate cutoffDate, LocalDate dueDate, String updatedBy) {
		this.name = name;
		this.cutoffDate = cutoffDate;
		this.dueDate = dueDate;
		this.updatedBy = updatedBy;
		this.updatedAt = AppClock.instant();
	}

	/** The month the data runs to, counted within the fiscal year (1–12). */
	public int elapsedMonths() {
		if (this.cutoffDate.getYear() > this.fiscalYear) {
			return 12;
		}
		return this.cutoffDate.getMonthValue();
	}

	public Long getId() {
		return this.id;
	}

	public String getDivisionCode() {
		return this.divisionCode;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getCutoffDate() {
		return this.cutoffDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
