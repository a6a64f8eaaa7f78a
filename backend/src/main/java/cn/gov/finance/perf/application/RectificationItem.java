package cn.gov.finance.perf.application;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the rectification ledger: the issue, the measure, the deadline, and whether it is closed. */
@Entity
@Table(name = "rectification_item")
public class RectificationItem {

	public static final String OPEN = "OPEN";

	public static final String CLOSED = "CLOSED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "application_id")
	private ResultApplication application;

	private int sortOrder;

	private String issue;

	private String measure;

	private LocalDate deadline;

	private String status;

	private String evidence;

	private Instant closedAt;

	protected RectificationItem() {
	}

	RectificationItem(ResultApplication application, int sortOrder, ApplicationForms.PlanItem item) {
		this.application = application;
		this.sortOrder = sortOrder;
		this.issue = item.issue().trim();
		this.measure = item.measure().trim();
		this.deadline = item.deadline();
		this.status = OPEN;
	}

	void report(ApplicationForms.Closure closure) {
		this.evidence = closure.evidence();
		if (closure.closed()) {
			this.status = CLOSED;
			this.closedAt = AppClock.instant();
		}
	}

	void reopen() {
		if (CLOSED.equals(this.status) && this.evidence == null) {
			this.status = OPEN;
			this.closedAt = null;
		}
	}

	public Long getId() {
		return this.id;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getIssue() {
		return this.issue;
	}

	public String getMeasure() {
		return this.measure;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getStatus() {
		return this.status;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
