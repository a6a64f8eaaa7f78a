package cn.gov.finance.perf.funds;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.finance.perf.item.BudgetItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund ledger. {@link #record} joins the caller's transaction (the process step that causes the
 * action), and writes a row at most once per idempotency key: a retried job finds its row and
 * writes nothing; a concurrent duplicate loses on the unique key and is rolled back with its step.
 */
@Service
public class FundLedger {

	private final FundActionRepository actions;

	FundLedger(FundActionRepository actions) {
		this.actions = actions;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public FundAction record(Long itemId, FundActionType action, BigDecimal amount, String reason, String actor,
			String processInstanceId, String step, String idempotencyKey) {
		return this.actions.findByIdempotencyKey(idempotencyKey)
			.orElseGet(() -> this.actions.saveAndFlush(new FundAction(itemId, action, amount, reason, actor,
					processInstanceId, step, idempotencyKey)));
	}

	@Transactional(readOnly = true)
	public List<FundAction> history(Long itemId) {
		return this.actions.findByItemIdOrderByIdAsc(itemId);
	}

	/** The item's funds now, replayed from its ledger. */
	@Transactional(readOnly = true)
	public Balance balance(BudgetItem item) {
		return Balance.of(item.getApprovedAmount(), history(item.getId()));
	}

	/**
	 * Approved budget (after reallocations), recovered, frozen (suspended or stopped and not yet
	 * resumed or recovered) and what remains available for payment.
	 */
	public record Balance(BigDecimal approved, BigDecimal recovered, BigDecimal frozen, BigDecimal available) {

		static Balance of(BigDecimal approvedAmount, List<FundAction> ledger) {
			BigDecimal approved = approvedAmount == null ? BigDecimal.ZERO : approvedAmount;
			BigDecimal recovered = BigDecimal.ZERO;
			BigDecimal frozen = BigDecimal.ZERO;
			for (FundAction action : ledger) {
				switch (action.getAction()) {
					case SUSPEND, STOP -> frozen = frozen.add(action.getAmount());
					case RESUME -> frozen = BigDecimal.ZERO;
					case RECOVER -> {
						recovered = recovered.add(action.getAmount());
						frozen = frozen.subtract(action.getAmount()).max(BigDecimal.ZERO);
					}
					case REALLOCATE -> {
					}
				}
			}
			return new Balance(approved, recovered, frozen, approved.subtract(recovered).subtract(frozen).max(BigDecimal.ZERO));
		}
	}

}
