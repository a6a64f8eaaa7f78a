package cn.gov.finance.perf.appraisal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Finance's appraisal (考核) of the departments and county finance bureaus for one fiscal year: a
 * score per body, a circular (通报) that makes the result known to all, and for every 差 an
 * interview with a rectification deadline.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int fiscalYear;

	@Enumerated(EnumType.STRING)
	private AppraisalStatus status;

	private String circular;

	private String startedBy;

	private Instant startedAt;

	private String circulatedBy;

	private Instant circulatedAt;

	private Instant closedAt;

	private String processInstanceId;

	/** Division codes of the counties left out because they had no finance bureau, comma-separated. */
	private String skippedCounties;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "appraisal_id", nullable = false)
	@OrderBy("sortOrder")
	private List<AppraisalEntry> entries = new ArrayList<>();

	protected Appraisal() {
	}

	Appraisal(int fiscalYear, List<AppraisalEntry> entries, String startedBy, Instant now) {
		this.fiscalYear = fiscalYear;
		this.status = AppraisalStatus.SCORING;
		this.entries.addAll(entries);
		this.startedBy = startedBy;
		this.startedAt = now;
	}

	void skipped(List<String> countyCodes) {
		this.skippedCounties = countyCodes.isEmpty() ? null : String.join(",", countyCodes);
	}

	/** The counties left out of the round for want of a finance bureau (division codes). */
	public List<String> getSkippedCounties() {
		return this.skippedCounties == null ? List.of() : List.of(this.skippedCounties.split(","));
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void scored() {
		this.status = AppraisalStatus.CIRCULATING;
	}

	void revise() {
		this.status = AppraisalStatus.SCORING;
	}

	void circulate(String circular, String by, Instant now) {
		this.circular = circular;
		this.circulatedBy = by;
		this.circulatedAt = now;
		this.status = AppraisalStatus.CIRCULATED;
	}

	void close(Instant now) {
		this.status = AppraisalStatus.CLOSED;
		this.closedAt = now;
	}

	/** Whether the result is known beyond finance and audit. */
	public boolean isCirculated() {
		return this.status == AppraisalStatus.CIRCULATED || this.status == AppraisalStatus.CLOSED;
	}

	public Long getId() {
		return this.id;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public AppraisalStatus getStatus() {
		return this.status;
	}

	public String getCircular() {
		return this.circular;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public String getCirculatedBy() {
		return this.circulatedBy;
	}

	public Instant getCirculatedAt() {
		return this.circulatedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<AppraisalEntry> getEntries() {
		return this.entries;
	}

}
