package cn.gov.finance.perf.monitoring.process;

import static cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess.*;

import java.math.BigDecimal;

import cn.gov.finance.perf.funds.FundActionType;
import cn.gov.finance.perf.funds.FundLedger;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DecisionStep;
import cn.gov.finance.perf.monitoring.MonitoringEnums.PaymentAction;
import cn.gov.finance.perf.monitoring.MonitoringReport;
import cn.gov.finance.perf.monitoring.MonitoringService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The fund-action steps of the monitoring models. Each runs as its own asynchronous, retried job;
 * the ledger row is written in the job's transaction under a key naming the process instance and
 * step, so a retry or a duplicate execution leaves exactly one row.
 */
@Component("fundActions")
public class FundActions {

	private static final Logger log = LoggerFactory.getLogger(FundActions.class);

	private final FundLedger ledger;

	private final MonitoringService monitoring;

	private final ItemAccess items;

	FundActions(FundLedger ledger, MonitoringService monitoring, ItemAccess items) {
		this.ledger = ledger;
		this.monitoring = monitoring;
		this.items = items;
	}

	public void record(DelegateExecution execution, String kind) {
		Long itemId = (Long) execution.getVariable(VAR_ITEM_ID);
		BudgetItem item = this.items.require(itemId);
		String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
		switch (kind) {
			case "RECOVER_UNPASSED" -> {
				FundLedger.Balance balance = this.ledger.balance(item);
				write(execution, item, FundActionType.RECOVER, balance.approved().subtract(balance.recovered()),
						"资金未按期下达至下级，全额收回", key);
			}
			case "PAYMENT_ACTION" -> {
				MonitoringReport report = report(execution, itemId);
				PaymentAction action = PaymentAction.valueOf((String) execution.getVariable(VAR_PAYMENT_ACTION));
				BigDecimal frozen = this.monitoring.unspent(itemId, report).subtract(this.ledger.balance(item).frozen())
					.max(BigDecimal.ZERO);
				write(execution, item, action == PaymentAction.STOP ? FundActionType.STOP : FundActionType.SUSPEND, frozen,
						opinion(report, DecisionStep.PAYMENT_ACTION, "监控发现重大问题"), key);
			}
			case "RESUME" -> {
				MonitoringReport report = report(execution, itemId);
				write(execution, item, FundActionType.RESUME, this.ledger.balance(item).frozen(),
						opinion(report, DecisionStep.VERIFICATION, "整改到位，恢复拨款"), key);
			}
			case "RECOVER_REMAINING" -> {
				MonitoringReport report = report(execution, itemId);
				write(execution, item, FundActionType.RECOVER, this.monitoring.unspent(itemId, report),
						"整改未到位或停止拨款，收回剩余资金", key);
			}
			case "RECOVER_CONFIRMED" -> {
				MonitoringReport report = report(execution, itemId);
				BigDecimal amount = this.monitoring.lastDecision(report.getId(), DecisionStep.RECOVERY)
					.map(d -> d.getAmount())
					.orElseThrow(() -> new IllegalStateException("No confirmed recovery for report " + report.getId()));
				write(execution, item, FundActionType.RECOVER, amount, "执行缓慢，按比例收回", key);
			}
			default -> throw new IllegalArgumentException("Unknown fund action " + kind);
		}
	}

	private void write(DelegateExecution execution, BudgetItem item, FundActionType type, BigDecimal amount,
			String reason, String key) {
		if (amount.signum() <= 0 && type != FundActionType.RESUME) {
			log.info("No {} for item {}: nothing left to act on", type, item.getCode());
			return;
		}
		this.ledger.record(item.getId(), type, amount, reason, "system", execution.getProcessInstanceId(),
				execution.getCurrentActivityId(), key);
	}

	private MonitoringReport report(DelegateExecution execution, Long itemId) {
		return this.monitoring.report(itemId, (Long) execution.getVariable(VAR_PERIOD_ID));
	}

	private String opinion(MonitoringReport report, DecisionStep step, String fallback) {
		return this.monitoring.lastDecision(report.getId(), step).map(d -> d.getOpinion()).orElse(fallback);
	}

}
