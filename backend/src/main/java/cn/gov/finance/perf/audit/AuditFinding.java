package cn.gov.finance.perf.audit;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One finding of an audit review, and its referral to discipline inspection when there is one. */
@Entity
@Table(name = "audit_finding")
public class AuditFinding {

	/** What part of the chain the finding is about. */
	public enum Category {

		/** 目标编制 */
		TARGET,
		/** 运行监控 */
		MONITORING,
		/** 自评与评价 */
		EVALUATION,
		/** 资金使用 */
		FUNDS,
		/** 结果应用 */
		APPLICATION,
		/** 其他 */
		OTHER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id", insertable = false, updatable = false)
	private Long reviewId;

	private String clientKey;

	@Enumerated(EnumType.STRING)
	private Category category;

	private boolean serious;

	private String description;

	private BigDecimal amount;

	private String recordedBy;

	private Instant recordedAt;

	private String referredTo;

	private String referralNo;

	private String referralReason;

	private String referredBy;

	private Instant referredAt;

	@Version
	private long version;

	protected AuditFinding() {
	}

	AuditFinding(String clientKey, Category category, boolean serious, String description, BigDecimal amount,
			String recordedBy, Instant now) {
		this.clientKey = clientKey;
		this.category = category;
		this.serious = serious;
		this.description = description;
		this.amount = amount;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void refer(String to, String number, String reason, String by, Instant now) {
		this.referredTo = to;
		this.referralNo = number;
		this.referralReason = reason;
		this.referredBy = by;
		this.referredAt = now;
	}

	public boolean isReferred() {
		return this.referredAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public String getClientKey() {
		return this.clientKey;
	}

	public Category getCategory() {
		return this.category;
	}

	public boolean isSerious() {
		return this.serious;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getReferredTo() {
		return this.referredTo;
	}

	public String getReferralNo() {
		return this.referralNo;
	}

	public String getReferralReason() {
		return this.referralReason;
	}

	public String getReferredBy() {
		return this.referredBy;
	}

	public Instant getReferredAt() {
		return this.referredAt;
	}

}
