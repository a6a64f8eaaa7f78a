package cn.gov.finance.perf.overall;

import static cn.gov.finance.perf.overall.process.BodyEvaluationProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.Scoring;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskReturned;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.org.Division;
import cn.gov.finance.perf.org.DivisionRepository;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.overall.BodyEvaluationStatus.FinanceDecision;
import cn.gov.finance.perf.overall.BodyEvaluationStatus.Step;
import cn.gov.finance.perf.overall.process.BodyEvaluationStarter;
import cn.gov.finance.perf.overall.process.CountyFiscalEvaluationProcess;
import cn.gov.finance.perf.overall.process.DepartmentEvaluationProcess;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department-overall and county fiscal-operation evaluations (domain.md §3.4–3.5): finance starts
 * one per body and year; the body reports and scores itself per dimension by the due date (overdue
 * ones are flagged); finance scores or returns it; EvaluationGrade grades the total; the kind's
 * linkage table (DepartmentBudgetLinkage, TransferPaymentLinkage) proposes next year's money, which
 * the budget office confirms.
 */
@Service
public class BodyEvaluationService {

	/** The steps of both body-evaluation processes. */
	private static final Set<String> PROCESSES = Set.of(DepartmentEvaluationProcess.KEY, CountyFiscalEvaluationProcess.KEY);

	private final BodyEvaluationRepository evaluations;

	private final BodyEvaluationDecisionRepository decisions;

	private final OrgUnitRepository orgUnits;

	private final DivisionRepository divisions;

	private final BudgetItemRepository items;

	private final TaskPipeline tasks;

	private final BodyEvaluationStarter starter;

	private final DecisionService rules;

	private final Environment environment;

	private final ZoneId zone;

	BodyEvaluationService(BodyEvaluationRepository evaluations, BodyEvaluationDecisionRepository decisions,
			OrgUnitRepository orgUnits, DivisionRepository divisions, BudgetItemRepository items, TaskPipeline tasks,
			BodyEvaluationStarter starter, DecisionService rules, Environment environment,
			AppClock clock) {
		this.evaluations = evaluations;
		this.decisions = decisions;
		this.orgUnits = orgUnits;
		this.divisions = divisions;
		this.items = items;
		this.tasks = tasks;
		this.starter = starter;
		this.rules = rules;
		this.environment = environment;
		this.zone = clock.zone();
		for (BodyKind kind : BodyKind.values()) {
			BigDecimal sum = weights(kind).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(Scoring.FULL_MARKS) != 0) {
				throw new IllegalStateException("app.body-evaluation.weights of " + kind + " must total 100, not " + sum);
			}
		}
	}

	/** The configured weight of every dimension of a kind. */
	public Map<BodyDimension, BigDecimal> weights(BodyKind kind) {
		Map<BodyDimension, BigDecimal> weights = new EnumMap<>(BodyDimension.class);
		for (BodyDimension dimension : kind.dimensions()) {
			weights.put(dimension, this.environment.getProperty("app.body-evaluation.weights." + dimension.key(),
					BigDecimal.class, BigDecimal.valueOf(dimension.defaultWeight())));
		}
		return weights;
	}

	// ---- start ----

	@Transactional
	public BodyEvaluation start(BodyEvaluationForms.BodyEvaluationStart form, AppUser user) {
		if (!user.hasRole(Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("overall.performanceOfficeOnly");
		}
		Subject subject = subject(form.kind(), form.subjectCode().trim());
		if (!form.selfReportDue().isAfter(today())) {
			throw DomainException.invalid("selfReportDue", "overall.selfReportDueAfterToday");
		}
		BigDecimal base = form.baseAmount();
		if (base == null && form.kind() == BodyKind.COUNTY) {
			throw DomainException.invalid("baseAmount", "overall.countyBaseAmount");
		}
		if (base == null) {
			base = this.items.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(form.fiscalYear())
				.stream()
				.filter(item -> subject.code().equals(item.getDepartmentCode()))
				.map(BudgetItem::getApprovedAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		if (this.evaluations.findByKindAndFiscalYearAndSubjectCode(form.kind(), form.fiscalYear(), subject.code()).isPresent()) {
			throw DomainException.conflict("overall.alreadyStarted", subject.name(), form.fiscalYear(), form.kind().message());
		}
		BodyEvaluation evaluation = this.evaluations.saveAndFlush(new BodyEvaluation(form.kind(), form.fiscalYear(),
				subject.code(), subject.group(), form.selfReportDue(), base, weights(form.kind()), user.id()));
		String label = subject.name() + " · " + form.fiscalYear() + " 年度" + form.kind().label();
		evaluation.started(this.starter.start(form.kind().processKey(),
				"BE-" + form.kind() + "-" + form.fiscalYear() + "-" + subject.code(), evaluation.getId(), subject.group(),
				label, form.fiscalYear()));
		return evaluation;
	}

	/** A department is evaluated by itself; a county by its finance bureau. */
	private Subject subject(BodyKind kind, String code) {
		if (kind == BodyKind.DEPARTMENT) {
			OrgUnit department = this.orgUnits.findById(code)
				.filter(org -> org.getKind() == OrgKind.DEPARTMENT)
				.orElseThrow(() -> DomainException.invalid("subjectCode", "overall.notADepartment", code));
			if (department.isDisabled()) {
				throw DomainException.rule("subjectCode", "org.disabled", department.getName());
			}
			return new Subject(department.getCode(), department.getName(), Roles.orgGroup(department.getCode()));
		}
		Division county = this.divisions.findById(code)
			.filter(d -> "COUNTY".equals(d.getLevel()))
			.orElseThrow(() -> DomainException.invalid("subjectCode", "overall.notACounty", code));
		OrgUnit bureau = this.orgUnits.findByKindAndDivisionCodeAndParentCodeIsNull(OrgKind.FINANCE, code)
			.stream()
			.filter(org -> !org.isDisabled())
			.findFirst()
			.orElseThrow(() -> DomainException.rule("subjectCode", "overall.noFinanceBureau", county.getName()));
		return new Subject(county.getCode(), county.getName(), Roles.orgGroup(bureau.getCode()));
	}

	// ---- called by the processes ----

	public java.util.Date reportDue(Long evaluationId) {
		return java.util.Date.from(require(evaluationId).getSelfReportDue().plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	@Transactional
	public void markOverdue(Long evaluationId) {
		require(evaluationId).markOverdue();
	}

	/** Fixes the grade and proposes the linked amount from the kind's linkage table. */
	@Transactional
	public void fix(Long evaluationId, Grade grade) {
		BodyEvaluation evaluation = require(evaluationId);
		DmnDecisionRuleResult linkage = this.rules
			.evaluateDecisionTableByKey(evaluation.getKind().linkageDecision(), Map.of(VAR_GRADE, grade.name()))
			.getSingleResult();
		evaluation.fix(grade, linkage.getEntry("linkageAction"), BigDecimal.valueOf((Double) linkage.getEntry("linkageRate")));
	}

	@Transactional
	public void close(Long evaluationId) {
		require(evaluationId).close();
	}

	// ---- task steps ----

	@Transactional
	public BodyEvaluation selfReport(String taskId, BodyEvaluationForms.BodySelfReport form, AppUser user) {
		return step(taskId, user, TASK_SELF_REPORT, Step.SELF_REPORT, (step, evaluation) -> {
			List<BodyEvaluationRow> rows = evaluation.getRows();
			if (form.rows().size() != rows.size()) {
				throw DomainException.invalid("rows", "overall.rowsPerDimension", rows.size());
			}
			List<BigDecimal> scores = form.rows().stream().map(BodyEvaluationForms.DimensionInput::score).toList();
			requireWithinWeights(rows, scores, i -> "rows[" + i + "].score");
			evaluation.selfReport(scores.stream().map(Scoring::round).toList(),
					form.rows().stream().map(r -> r.note() == null ? null : r.note().trim()).toList(),
					form.summary().trim(), user.id());
			step.record("REPORTED", form.summary());
		});
	}

	@Transactional
	public BodyEvaluation financeScore(String taskId, BodyEvaluationForms.BodyFinanceScore form, AppUser user) {
		return step(taskId, user, TASK_FINANCE_SCORE, Step.FINANCE_SCORE, (step, evaluation) -> {
			step.set(VAR_DECISION, form.decision().name()).record(form.decision().name(), form.opinion());
			if (form.decision() == FinanceDecision.SCORE) {
				List<BodyEvaluationRow> rows = evaluation.getRows();
				if (form.scores() == null || form.scores().size() != rows.size()) {
					throw DomainException.invalid("scores", "overall.scoresPerDimension", rows.size());
				}
				requireWithinWeights(rows, form.scores(), i -> "scores[" + i + "]");
				List<BigDecimal> scores = form.scores().stream().map(Scoring::round).toList();
				BigDecimal total = Scoring.round(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
				evaluation.score(scores, total, user.id());
				step.set(VAR_TOTAL, total.doubleValue());
			}
			else {
				evaluation.returnForRevision();
			}
		});
	}

	@Transactional
	public BodyEvaluation confirmLinkage(String taskId, BodyEvaluationForms.BodyLinkage form, AppUser user) {
		return step(taskId, user, TASK_LINKAGE, Step.LINKAGE, (step, evaluation) -> {
			evaluation.confirm(form.confirmedAmount(), user.id());
			step.record("CONFIRMED", form.opinion());
		});
	}

	@Transactional
	public BodyEvaluation chase(String taskId, BodyEvaluationForms.BodyChase form, AppUser user) {
		return step(taskId, user, TASK_CHASE, Step.CHASE, (step, evaluation) -> step.record("CHASED", form.note()));
	}

	/**
	 * One step on a body evaluation through the task pipeline: {@code work} checks and changes the
	 * evaluation and records the decision; the decision row is written and the task completed.
	 */
	private BodyEvaluation step(String taskId, AppUser user, String taskKey, Step decisionStep,
			java.util.function.BiConsumer<TaskStep, BodyEvaluation> work) {
		return this.tasks.complete(taskId, user, TaskKind.anyOf(PROCESSES, taskKey), step -> {
			BodyEvaluation evaluation = evaluationOf(step);
			work.accept(step, evaluation);
			this.decisions.save(new BodyEvaluationDecision(evaluation.getId(), decisionStep, step.decision(),
					step.opinion(), step.id(), user.id()));
			return evaluation;
		});
	}

	// ---- reading ----

	/** Finance, audit and administrators see every body; a body sees its own evaluations. */
	public static boolean canSee(AppUser user, BodyEvaluation evaluation) {
		return user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.AUDIT, Roles.ADMIN)
				|| (user.orgCode() != null && evaluation.getSubjectGroup().equals(Roles.orgGroup(user.orgCode())));
	}

	@Transactional(readOnly = true)
	public List<BodyEvaluation> ofYear(int fiscalYear, AppUser user) {
		return allOfYear(fiscalYear).stream()
			.filter(e -> canSee(user, e))
			.toList();
	}

	@Transactional(readOnly = true)
	public BodyEvaluation visible(Long id, AppUser user) {
		BodyEvaluation evaluation = this.evaluations.findById(id)
			.orElseThrow(() -> DomainException.notFound("Body evaluation", id));
		if (!canSee(user, evaluation)) {
			throw DomainException.forbidden("overall.otherBody", id);
		}
		return evaluation;
	}

	@Transactional(readOnly = true)
	public BodyEvaluation ofTask(String taskId, AppUser user) {
		return evaluationOf(this.tasks.read(taskId, user));
	}

	/** Every body evaluation of a year, whoever may see it (for finance's own summaries). */
	@Transactional(readOnly = true)
	public List<BodyEvaluation> allOfYear(int fiscalYear) {
		return this.evaluations.findByFiscalYearOrderByKindAscSubjectCodeAsc(fiscalYear);
	}

	public List<BodyEvaluationDecision> decisionsOf(BodyEvaluation evaluation) {
		return this.decisions.findByEvaluationIdOrderByIdAsc(evaluation.getId());
	}

	private void requireWithinWeights(List<BodyEvaluationRow> rows, List<BigDecimal> scores,
			java.util.function.IntFunction<String> field) {
		List<FieldMessage> errors = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			BigDecimal score = scores.get(i);
			BigDecimal weight = rows.get(i).getWeight();
			if (score == null || score.signum() < 0 || score.compareTo(weight) > 0) {
				errors.add(FieldMessage.of(field.apply(i), "overall.scoreRange", rows.get(i).getDimension().message(), weight));
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	private BodyEvaluation require(Long id) {
		return this.evaluations.findById(id).orElseThrow(() -> new IllegalStateException("No body evaluation " + id));
	}

	private BodyEvaluation evaluationOf(TaskStep step) {
		Long id = step.longVariable(VAR_EVALUATION_ID);
		return this.evaluations.findById(id)
			.orElseThrow(() -> DomainException.conflict("overall.notItsTask", step.id()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(AppClock.instant(), this.zone);
	}

	private record Subject(String code, String name, String group) {
	}

	/** A return to the self-report or to finance's scoring puts the evaluation back there. */
	@EventListener
	void returned(TaskReturned returned) {
		if (!PROCESSES.contains(returned.processKey())) {
			return;
		}
		BodyEvaluation evaluation = require(returned.longVariable(VAR_EVALUATION_ID));
		if (TASK_SELF_REPORT.equals(returned.targetTaskKey())) {
			evaluation.returnForRevision();
		}
		else if (TASK_FINANCE_SCORE.equals(returned.targetTaskKey())) {
			evaluation.scoreAgain();
		}
	}

}
