package cn.gov.finance.perf.indicator;

import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A third-level indicator of the library: common (no industry) or of one industry. */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String categoryCode;

	private String name;

	private String industryCode;

	@Enumerated(EnumType.STRING)
	private IndicatorComparator comparator;

	private String unit;

	private String description;

	@Enumerated(EnumType.STRING)
	private IndicatorStatus status;

	private String proposedBy;

	private String proposedOrg;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(IndicatorForm form, IndicatorStatus status, String proposedBy, String proposedOrg) {
		apply(form);
		this.status = status;
		this.proposedBy = proposedBy;
		this.proposedOrg = proposedOrg;
	}

	void apply(IndicatorForm form) {
		this.categoryCode = form.categoryCode();
		this.name = form.name().trim();
		this.industryCode = form.industryCode() == null || form.industryCode().isBlank() ? null : form.industryCode();
		this.comparator = form.comparator();
		this.unit = form.comparator().numeric() ? form.unit().trim() : null;
		this.description = form.description();
	}

	void changeStatus(IndicatorStatus status) {
		this.status = status;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = AppClock.instant();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public String getName() {
		return this.name;
	}

	public String getIndustryCode() {
		return this.industryCode;
	}

	public IndicatorComparator getComparator() {
		return this.comparator;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getDescription() {
		return this.description;
	}

	public IndicatorStatus getStatus() {
		return this.status;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	public String getProposedOrg() {
		return this.proposedOrg;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
