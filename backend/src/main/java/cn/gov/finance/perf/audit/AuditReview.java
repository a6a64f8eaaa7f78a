package cn.gov.finance.perf.audit;

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
import org.hibernate.annotations.OptimisticLock;

/**
 * An audit review (审计复核) of one item by the audit office: what it looks at, the findings it
 * records as it goes, the cases it refers to discipline inspection, and its conclusion.
 */
@Entity
@Table(name = "audit_review")
public class AuditReview {

	/** Open while the auditors work; closed with a conclusion. */
	public enum Status {

		OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String itemCode;

	private String scope;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String conclusion;

	private String openedBy;

	private Instant openedAt;

	private String closedBy;

	private Instant closedAt;

	private String processInstanceId;

	@Version
	private long version;

	/** Findings are added concurrently by several auditors; adding one does not conflict with another. */
	@OneToMany(cascade = CascadeType.ALL)
	@OptimisticLock(excluded = true)
	@JoinColumn(name = "review_id", nullable = false)
	@OrderBy("id")
	private List<AuditFinding> findings = new ArrayList<>();

	protected AuditReview() {
	}

	AuditReview(String itemCode, String scope, String openedBy, Instant now) {
		this.itemCode = itemCode;
		this.scope = scope;
		this.status = Status.OPEN;
		this.openedBy = openedBy;
		this.openedAt = now;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void add(AuditFinding finding) {
		this.findings.add(finding);
	}

	void close(String conclusion, String by, Instant now) {
		this.conclusion = conclusion;
		this.closedBy = by;
		this.closedAt = now;
		this.status = Status.CLOSED;
	}

	public Long getId() {
		return this.id;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public String getScope() {
		return this.scope;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getConclusion() {
		return this.conclusion;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<AuditFinding> getFindings() {
		return this.findings;
	}

}
