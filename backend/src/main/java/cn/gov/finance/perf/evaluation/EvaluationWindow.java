package cn.gov.finance.perf.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When self-evaluation of a fiscal year opens and is due (configurable per fiscal year). */
@Entity
@Table(name = "evaluation_window")
public class EvaluationWindow {

	@Id
	private Integer fiscalYear;

	private LocalDate opensOn;

	private LocalDate dueOn;

	private String updatedBy;

	private Instant updatedAt;

	protected EvaluationWindow() {
	}

	public EvaluationWindow(int fiscalYear, LocalDate opensOn, LocalDate dueOn, String updatedBy) {
		this.fiscalYear = fiscalYear;
		change(opensOn, dueOn, updatedBy);
	}

	void change(LocalDate opensOn, LocalDate dueOn, String updatedBy) {
		this.opensOn = opensOn;
		this.dueOn = dueOn;
		this.updatedBy = updatedBy;
		this.updatedAt = AppClock.instant();
	}

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
