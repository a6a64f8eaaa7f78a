package cn.gov.finance.perf.monitoring;

import static cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.finance.perf.funds.FundLedger;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Completion;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeclaredCause;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DecisionStep;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeviationClass;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import cn.gov.finance.perf.monitoring.MonitoringEnums.RecoveryDecision;
import cn.gov.finance.perf.monitoring.process.ExecutionMonitoringProcess;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.target.TargetIndicator;
import cn.gov.finance.perf.target.TargetService;
import cn.gov.finance.perf.target.TargetSheet;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;

import cn.gov.finance.perf.inbox.TaskReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring reports through their period: opened from the approved target, filed by the unit,
 * reviewed, classified, and every decision on a deviation. Each task step writes its record and
 * completes its task in one transaction.
 */
@Service
public class MonitoringService {

	private final MonitoringReportRepository reports;

	private final MonitoringDecisionRepository decisions;

	private final MonitoringPeriodRepository periods;

	private final MonitoringRules rules;

	private final ItemAccess access;

	private final ItemService items;

	private final TargetService targets;

	private final FundLedger ledger;

	private final TaskPipeline tasks;

	MonitoringService(MonitoringReportRepository reports, MonitoringDecisionRepository decisions,
			MonitoringPeriodRepository periods, MonitoringRules rules, ItemAccess access, ItemService items,
			TargetService targets, FundLedger ledger, TaskPipeline tasks) {
		this.reports = reports;
		this.decisions = decisions;
		this.periods = periods;
		this.rules = rules;
		this.access = access;
		this.items = items;
		this.targets = targets;
		this.ledger = ledger;
		this.tasks = tasks;
	}

	// ---- called by the process ----

	/** The period's report, prefilled with the budget and the indicators in force; created once. */
	@Transactional
	public MonitoringReport open(Long itemId, Long periodId) {
		return this.reports.findByItemIdAndPeriodId(itemId, periodId).orElseGet(() -> {
			BudgetItem item = this.access.require(itemId);
			MonitoringReport report = new MonitoringReport(itemId, periodId,
					item.getApprovedAmount() == null ? item.getAmount() : item.getApprovedAmount());
			TargetSheet sheet = this.targets.inForce(itemId)
				.orElseThrow(() -> new IllegalStateException("Item " + item.getCode() + " has no target in force"));
			for (TargetIndicator indicator : sheet.getIndicators()) {
				report.addIndicator(indicator.getLevel1(), indicator.getName(), annualTarget(indicator));
			}
			return this.reports.save(report);
		});
	}

	@Transactional
	public void markOverdue(Long itemId, Long periodId) {
		report(itemId, periodId).markOverdue();
	}

	@Transactional
	public void recordDeviation(Long itemId, Long periodId, DeviationClass deviationClass) {
		report(itemId, periodId).classify(deviationClass);
	}

	/** Slow execution: the configured share of the spending shortfall, never more than is unspent. */
	@Transactional
	public BigDecimal proposeRecovery(Long itemId, Long periodId) {
		MonitoringReport report = report(itemId, periodId);
		MonitoringPeriod period = period(periodId);
		BigDecimal shortfall = ExecutionRate.shortfall(report.getSpentAmount(), report.getBudgetAmount(),
				period.elapsedMonths());
		BigDecimal proposal = this.rules.slowExecutionRecovery(report.getExecutionValue(), shortfall)
			.min(unspent(itemId, report));
		report.proposeRecovery(proposal);
		return proposal;
	}

	public boolean isKeyMonitored(Long itemId) {
		return this.access.require(itemId).isKeyMonitoring();
	}

	/** What has not been paid out and is not recovered: approved − recovered − spent. */
	public BigDecimal unspent(Long itemId, MonitoringReport report) {
		FundLedger.Balance balance = this.ledger.balance(this.access.require(itemId));
		BigDecimal spent = report.getSpentAmount() == null ? BigDecimal.ZERO : report.getSpentAmount();
		return balance.approved().subtract(balance.recovered()).subtract(spent).max(BigDecimal.ZERO);
	}

	// ---- task steps ----

	@Transactional
	public MonitoringReport submit(String taskId, MonitoringForms.Report form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_FILE), step -> {
			MonitoringReport report = reportOf(step);
			validate(form, report);
			MonitoringPeriod period = period(report.getPeriodId());
			BigDecimal value = ExecutionRate.exact(form.spentAmount(), report.getBudgetAmount(), period.elapsedMonths());
			Light light = this.rules.light(value);
			report.submit(form, value, light, user.id());
			this.items.showWarningLight(report.getItemId(), light.name());
			step.set(VAR_DECLARED_CAUSE, form.declaredCause().name())
				.set(VAR_LIGHT, light.name())
				.record(light.name(), form.summary());
			return report;
		});
	}

	@Transactional
	public MonitoringDecision departmentReview(String taskId, MonitoringForms.ReportDepartmentReview form, AppUser user) {
		return decide(taskId, user, TASK_DEPARTMENT_REVIEW, DecisionStep.DEPARTMENT, form.decision().name(),
				form.opinion(), Map.of(VAR_DEPARTMENT_DECISION, form.decision().name()), report -> {
					if (form.decision() == DepartmentDecision.RETURN) {
						report.reopen();
					}
					return null;
				});
	}

	@Transactional
	public MonitoringDecision keyReview(String taskId, MonitoringForms.KeyReview form, AppUser user) {
		return decide(taskId, user, TASK_KEY_REVIEW, DecisionStep.KEY_REVIEW, form.deviationClass().name(),
				form.opinion(), Map.of(VAR_DEVIATION_CLASS, form.deviationClass().name()), null);
	}

	@Transactional
	public MonitoringDecision paymentDecision(String taskId, MonitoringForms.PaymentDecision form, AppUser user) {
		return decide(taskId, user, TASK_PAYMENT_ACTION, DecisionStep.PAYMENT_ACTION, form.action().name(),
				form.opinion(), Map.of(VAR_PAYMENT_ACTION, form.action().name()), null);
	}

	@Transactional
	public MonitoringDecision rectification(String taskId, MonitoringForms.Rectification form, AppUser user) {
		return decide(taskId, user, TASK_RECTIFY, DecisionStep.RECTIFICATION, "SUBMITTED", form.measures(),
				Map.of(), null);
	}

	@Transactional
	public MonitoringDecision verification(String taskId, MonitoringForms.Verification form, AppUser user) {
		return decide(taskId, user, TASK_VERIFY, DecisionStep.VERIFICATION, form.verdict().name(), form.opinion(),
				Map.of(VAR_RECTIFICATION_RESULT, form.verdict().name()), null);
	}

	@Transactional
	public MonitoringDecision confirmRecovery(String taskId, MonitoringForms.RecoveryConfirmation form, AppUser user) {
		return decide(taskId, user, TASK_CONFIRM_RECOVERY, DecisionStep.RECOVERY, form.decision().name(),
				form.opinion(), Map.of(VAR_RECOVERY_DECISION, form.decision().name()), report -> {
					if (form.decision() != RecoveryDecision.CONFIRM) {
						return null;
					}
					if (form.amount() == null) {
						throw DomainException.invalid("amount", "monitoring.recoveryAmountRequired");
					}
					BigDecimal unspent = unspent(report.getItemId(), report);
					if (form.amount().compareTo(unspent) > 0) {
						throw DomainException.invalid("amount", "monitoring.recoveryOverUnspent", unspent.toPlainString());
					}
					return form.amount();
				});
	}

	@Transactional
	public MonitoringDecision chase(String taskId, MonitoringForms.Chase form, AppUser user) {
		return decide(taskId, user, TASK_CHASE, DecisionStep.CHASE, "CHASED", form.note(), Map.of(), null);
	}

	@Transactional
	public void passDown(String taskId, MonitoringForms.PassDown form, AppUser user) {
		this.tasks.complete(taskId, user, TaskKind.of(ExecutionMonitoringProcess.KEY, ExecutionMonitoringProcess.TASK_PASS_DOWN),
				step -> {
					this.items.markPassedDown(step.longVariable(VAR_ITEM_ID));
					step.record("PASSED_DOWN", null);
					return null;
				});
	}

	@Transactional
	public void flagKeyMonitoring(String code, boolean enabled, AppUser user) {
		if (!user.hasRole(Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("monitoring.keyMonitoringForbidden");
		}
		this.items.flagKeyMonitoring(this.access.requireVisible(code, user).getId(), enabled);
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	public MonitoringReport reportOfTask(String taskId, AppUser user) {
		return reportOf(this.tasks.read(taskId, user));
	}

	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<MonitoringReport> overview(AppUser user, Integer year, Boolean overdue,
			MonitoringEnums.Light light, int page, int size) {
		return this.reports.overview(ItemAccess.seesAll(user), user.orgCode(), year, overdue, light,
				org.springframework.data.domain.PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public List<MonitoringReport> reportsOf(BudgetItem item) {
		return this.reports.findByItemIdOrderByPeriodIdAsc(item.getId());
	}

	@Transactional(readOnly = true)
	public Map<Long, List<MonitoringDecision>> decisionsOf(List<MonitoringReport> list) {
		return this.decisions.findByReportIdInOrderByIdAsc(list.stream().map(MonitoringReport::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(MonitoringDecision::getReportId));
	}

	public java.util.Optional<MonitoringDecision> lastDecision(Long reportId, DecisionStep step) {
		return this.decisions.findFirstByReportIdAndStepOrderByIdDesc(reportId, step);
	}

	public MonitoringReport report(Long itemId, Long periodId) {
		return this.reports.findByItemIdAndPeriodId(itemId, periodId)
			.orElseThrow(() -> new IllegalStateException("No monitoring report for item " + itemId + ", period " + periodId));
	}

	public MonitoringPeriod period(Long periodId) {
		return this.periods.findById(periodId).orElseThrow(() -> DomainException.notFound("Monitoring period", periodId));
	}

	private MonitoringReport reportOf(TaskStep step) {
		return report(step.longVariable(VAR_ITEM_ID), step.longVariable(VAR_PERIOD_ID));
	}

	/**
	 * A reviewing step on the period's report: {@code check} (optional) validates and changes the
	 * report first and returns the amount decided, if any; then the decision row is written and the
	 * task completed with {@code variables}.
	 */
	private MonitoringDecision decide(String taskId, AppUser user, String taskKey, DecisionStep decisionStep,
			String decision, String opinion, Map<String, Object> variables,
			java.util.function.Function<MonitoringReport, BigDecimal> check) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, taskKey), step -> {
			MonitoringReport report = reportOf(step);
			BigDecimal amount = check == null ? null : check.apply(report);
			step.setAll(variables).record(decision, opinion);
			return this.decisions.save(new MonitoringDecision(report.getId(), decisionStep, decision, amount, opinion,
					step.id(), user.id()));
		});
	}

	/**
	 * Spending within the budget; every indicator expected to fall short explains why and what is
	 * being done; a reported deviation is described.
	 */
	private static void validate(MonitoringForms.Report form, MonitoringReport report) {
		List<FieldMessage> errors = new ArrayList<>();
		if (form.spentAmount().compareTo(report.getBudgetAmount()) > 0) {
			errors.add(FieldMessage.of("spentAmount", "monitoring.spentOverBudget", report.getBudgetAmount().toPlainString()));
		}
		for (int i = 0; i < form.indicators().size(); i++) {
			MonitoringForms.IndicatorProgress row = form.indicators().get(i);
			if (row.expectedCompletion() != Completion.ACHIEVED) {
				if (isBlank(row.deviationReason())) {
					errors.add(FieldMessage.of("indicators[" + i + "].deviationReason", "monitoring.deviationReasonRequired"));
				}
				if (isBlank(row.correctiveMeasure())) {
					errors.add(FieldMessage.of("indicators[" + i + "].correctiveMeasure", "monitoring.correctiveMeasureRequired"));
				}
			}
		}
		if (form.declaredCause() != DeclaredCause.NONE && isBlank(form.summary())) {
			errors.add(FieldMessage.of("summary", "monitoring.summaryRequired"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	static String annualTarget(TargetIndicator indicator) {
		if (indicator.getComparator() == IndicatorComparator.QUALITATIVE) {
			return indicator.getTargetText();
		}
		String symbol = switch (indicator.getComparator()) {
			case GE -> "≥";
			case LE -> "≤";
			default -> "=";
		};
		return symbol + " " + indicator.getTargetValue().stripTrailingZeros().toPlainString()
				+ (indicator.getUnit() == null ? "" : " " + indicator.getUnit());
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}


	/** A return to the report reopens it for filing. */
	@EventListener
	void returned(TaskReturned returned) {
		if (KEY.equals(returned.processKey()) && TASK_FILE.equals(returned.targetTaskKey())) {
			report(returned.longVariable(VAR_ITEM_ID), returned.longVariable(VAR_PERIOD_ID)).reopen();
		}
	}

}
