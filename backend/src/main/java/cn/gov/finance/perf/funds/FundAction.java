package cn.gov.finance.perf.funds;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the fund ledger. Never changed; the idempotency key names the step that wrote it. */
@Entity
@Table(name = "fund_action")
public class FundAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	@Enumerated(EnumType.STRING)
	private FundActionType action;

	private BigDecimal amount;

	private String reason;

	private String actor;

	private String processInstanceId;

	private String step;

	private String idempotencyKey;

	private Instant createdAt;

	protected FundAction() {
	}

	FundAction(Long itemId, FundActionType action, BigDecimal amount, String reason, String actor,
			String processInstanceId, String step, String idempotencyKey) {
		this.itemId = itemId;
		this.action = action;
		this.amount = amount;
		this.reason = reason;
		this.actor = actor;
		this.processInstanceId = processInstanceId;
		this.step = step;
		this.idempotencyKey = idempotencyKey;
		this.createdAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public FundActionType getAction() {
		return this.action;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getReason() {
		return this.reason;
	}

	public String getActor() {
		return this.actor;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getStep() {
		return this.step;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
