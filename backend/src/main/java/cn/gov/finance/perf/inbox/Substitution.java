package cn.gov.finance.perf.inbox;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.system.AppClock;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Leave (请假代办): from {@code startsOn} to {@code endsOn} the principal's tasks reach the substitute. */
@Entity
@Table(name = "task_substitution")
class Substitution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String principal;

	private String substitute;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String note;

	private Instant createdAt;

	private Instant cancelledAt;

	@Version
	private long version;

	protected Substitution() {
	}

	Substitution(String principal, String substitute, LocalDate startsOn, LocalDate endsOn, String note) {
		this.principal = principal;
		this.substitute = substitute;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.note = note;
		this.createdAt = AppClock.instant();
	}

	boolean activeOn(LocalDate day) {
		return this.cancelledAt == null && !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return this.cancelledAt == null && !to.isBefore(this.startsOn) && !from.isAfter(this.endsOn);
	}

	void cancel() {
		this.cancelledAt = AppClock.instant();
	}

	Long getId() {
		return this.id;
	}

	String getPrincipal() {
		return this.principal;
	}

	String getSubstitute() {
		return this.substitute;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	String getNote() {
		return this.note;
	}

	Instant getCancelledAt() {
		return this.cancelledAt;
	}

}
