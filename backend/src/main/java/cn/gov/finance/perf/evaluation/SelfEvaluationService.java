package cn.gov.finance.perf.evaluation;

import static cn.gov.finance.perf.evaluation.process.CompletionEvaluationProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.EvaluationEnums.RecheckDecision;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Step;
import cn.gov.finance.perf.evaluation.SelfEvaluation.Scores;
import cn.gov.finance.perf.funds.FundLedger;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.target.TargetService;
import cn.gov.finance.perf.target.TargetSheet;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import cn.gov.finance.perf.inbox.TaskReturned;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-evaluation through its process: opened from the approved target, filled and scored by the
 * rules, reviewed, re-checked by finance, graded by EvaluationGrade. Each task step writes its
 * record and completes its task in one transaction.
 */
@Service
public class SelfEvaluationService {

	private final SelfEvaluationRepository evaluations;

	private final EvaluationDecisionRepository decisions;

	private final ItemAccess access;

	private final TargetService targets;

	private final FundLedger ledger;

	private final TaskPipeline tasks;

	private final ItemService items;

	private final DecisionService rules;

	private final BigDecimal explanationThreshold;

	SelfEvaluationService(SelfEvaluationRepository evaluations, EvaluationDecisionRepository decisions,
			ItemAccess access, TargetService targets, FundLedger ledger, TaskPipeline tasks, ItemService items,
			DecisionService rules, @Value("${app.evaluation.explanation-threshold:1.3}") BigDecimal explanationThreshold) {
		this.evaluations = evaluations;
		this.decisions = decisions;
		this.access = access;
		this.targets = targets;
		this.ledger = ledger;
		this.tasks = tasks;
		this.items = items;
		this.rules = rules;
		this.explanationThreshold = explanationThreshold;
	}

	// ---- called by the process ----

	/** The item's self-evaluation, prefilled from the target in force and the adjusted budget; created once. */
	@Transactional
	public SelfEvaluation open(Long itemId) {
		return this.evaluations.findByItemId(itemId).orElseGet(() -> {
			BudgetItem item = this.access.require(itemId);
			TargetSheet sheet = this.targets.inForce(itemId)
				.orElseThrow(() -> new IllegalStateException("Item " + item.getCode() + " has no target in force"));
			FundLedger.Balance balance = this.ledger.balance(item);
			return this.evaluations.save(new SelfEvaluation(itemId, sheet, balance.approved().subtract(balance.recovered()),
					this.targets.template().getExecutionWeight()));
		});
	}

	@Transactional
	public void markOverdue(Long itemId) {
		require(itemId).markOverdue();
	}

	@Transactional
	public void fix(Long itemId, Grade grade) {
		require(itemId).fix(grade);
		this.items.showGrade(itemId, grade.name());
	}

	public Grade grade(BigDecimal total) {
		String grade = this.rules.evaluateDecisionTableByKey("EvaluationGrade", Map.of("totalScore", total.doubleValue()))
			.getSingleEntry();
		return Grade.valueOf(grade);
	}

	// ---- task steps ----

	/** The scores a filled form would get, without saving: the live preview while values are typed. */
	@Transactional // not read-only: grading evaluates the grade table, and the engine records that in its history
	public Preview preview(String taskId, SelfEvaluationForms.Fill form, AppUser user) {
		SelfEvaluation evaluation = evaluationOf(this.tasks.read(taskId, user));
		List<FieldMessage> errors = new ArrayList<>();
		Scores scores = score(evaluation, form, errors);
		return new Preview(scores.rows(), scores.execution(), scores.total(), grade(scores.total()), errors);
	}

	@Transactional
	public SelfEvaluation submit(String taskId, SelfEvaluationForms.Fill form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_FILL), step -> {
			SelfEvaluation evaluation = evaluationOf(step);
			List<FieldMessage> errors = new ArrayList<>();
			Scores scores = score(evaluation, form, errors);
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			evaluation.submit(form, scores, user.id());
			step.set(VAR_TOTAL, scores.total().doubleValue()).record(scores.total().toPlainString(), form.summary());
			return evaluation;
		});
	}

	@Transactional
	public EvaluationDecision departmentReview(String taskId, SelfEvaluationForms.EvaluationDepartmentReview form,
			AppUser user) {
		return decide(taskId, user, TASK_DEPARTMENT_REVIEW, Step.DEPARTMENT, form.decision().name(), form.opinion(),
				evaluation -> {
					if (form.decision() == DepartmentDecision.RETURN) {
						evaluation.reopen();
					}
					return Map.of(VAR_DEPARTMENT_DECISION, form.decision().name());
				});
	}

	/** 复核: finance accepts the scores, or changes them with a reason (every change within 0 and the weight). */
	@Transactional
	public EvaluationDecision recheck(String taskId, SelfEvaluationForms.Recheck form, AppUser user) {
		return decide(taskId, user, TASK_RECHECK, Step.RECHECK, form.decision().name(), form.reason(), evaluation -> {
			if (form.decision() == RecheckDecision.CHANGE) {
				List<SelfEvaluationRow> rows = evaluation.getRows();
				if (form.scores() == null || form.scores().size() != rows.size()) {
					throw DomainException.invalid("scores", "evaluation.recheckScoresCount", rows.size());
				}
				List<FieldMessage> errors = new ArrayList<>();
				for (int i = 0; i < rows.size(); i++) {
					BigDecimal score = form.scores().get(i);
					if (score == null || score.signum() < 0 || score.compareTo(rows.get(i).getWeight()) > 0) {
						errors.add(FieldMessage.of("scores[" + i + "]", "evaluation.recheckScoreRange", rows.get(i).getWeight()));
					}
				}
				if (!errors.isEmpty()) {
					throw DomainException.invalid(errors);
				}
				BigDecimal total = Scoring.round(form.scores().stream().reduce(evaluation.getExecutionScore(), BigDecimal::add));
				evaluation.recheck(form.scores().stream().map(Scoring::round).toList(), total, user.id(),
						form.reason().trim());
			}
			return Map.of(VAR_TOTAL, evaluation.getTotalScore().doubleValue());
		});
	}

	@Transactional
	public EvaluationDecision chase(String taskId, SelfEvaluationForms.EvaluationChase form, AppUser user) {
		return decide(taskId, user, TASK_CHASE, Step.CHASE, "CHASED", form.note(), evaluation -> Map.of());
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	public SelfEvaluation ofTask(String taskId, AppUser user) {
		return evaluationOf(this.tasks.read(taskId, user));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<SelfEvaluation> ofItem(Long itemId) {
		return this.evaluations.findByItemId(itemId);
	}

	@Transactional(readOnly = true)
	public List<SelfEvaluation> fixed(List<Long> itemIds) {
		return ofItems(itemIds).stream().filter(e -> e.getStatus() == EvaluationEnums.EvaluationStatus.FIXED).toList();
	}

	@Transactional(readOnly = true)
	public List<SelfEvaluation> ofItems(List<Long> itemIds) {
		return itemIds.isEmpty() ? List.of() : this.evaluations.findByItemIdIn(itemIds);
	}

	public List<EvaluationDecision> decisionsOf(SelfEvaluation evaluation) {
		return this.decisions.findByEvaluationIdOrderByIdAsc(evaluation.getId());
	}

	public SelfEvaluation require(Long itemId) {
		return this.evaluations.findByItemId(itemId)
			.orElseThrow(() -> new IllegalStateException("No self-evaluation for item " + itemId));
	}

	/**
	 * Scores every row by its comparator (or the hand-given qualitative score within its band), the
	 * budget execution part, and the total; collects what is missing or out of band.
	 */
	Scores score(SelfEvaluation evaluation, SelfEvaluationForms.Fill form, List<FieldMessage> errors) {
		List<SelfEvaluationRow> rows = evaluation.getRows();
		if (form.rows().size() != rows.size()) {
			errors.add(FieldMessage.of("rows", "evaluation.rowsCount", rows.size()));
			return new Scores(List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
		}
		List<BigDecimal> scores = new ArrayList<>();
		BigDecimal total = Scoring.execution(form.spentAmount(), evaluation.getBudgetAmount(), evaluation.getExecutionWeight());
		BigDecimal execution = total;
		for (int i = 0; i < rows.size(); i++) {
			SelfEvaluationRow row = rows.get(i);
			SelfEvaluationForms.RowInput input = form.rows().get(i);
			String at = "rows[" + i + "].";
			BigDecimal score = null;
			if (row.getComparator() == IndicatorComparator.QUALITATIVE) {
				if (input.achievement() == null) {
					errors.add(FieldMessage.of(at + "achievement", "evaluation.achievementRequired"));
				}
				else {
					try {
						score = Scoring.qualitative(input.achievement(), input.score(), row.getWeight(), at + "score");
					}
					catch (DomainException invalid) {
						errors.addAll(invalid.errors());
					}
				}
			}
			else if (input.actualValue() == null) {
				errors.add(FieldMessage.of(at + "actualValue", "evaluation.actualValueRequired"));
			}
			else {
				score = Scoring.quantitative(row.getComparator(), row.getTargetValue(), input.actualValue(), row.getWeight());
				if (Scoring.needsExplanation(row.getComparator(), row.getTargetValue(), input.actualValue(),
						this.explanationThreshold)
						&& (input.explanation() == null || input.explanation().isBlank())) {
					errors.add(FieldMessage.of(at + "explanation", "evaluation.explanationRequired",
							this.explanationThreshold.movePointRight(2)));
				}
			}
			scores.add(score);
			if (score != null) {
				total = total.add(score);
			}
		}
		return new Scores(scores, execution, Scoring.round(total));
	}

	private SelfEvaluation evaluationOf(TaskStep step) {
		Long itemId = step.longVariable(VAR_ITEM_ID);
		return this.evaluations.findByItemId(itemId)
			.orElseThrow(() -> DomainException.conflict("evaluation.notAboutSelfEvaluation", step.id()));
	}

	/**
	 * A reviewing step on the self-evaluation: {@code change} checks and changes it and returns the
	 * variables for the process; then the decision row is written and the task completed.
	 */
	private EvaluationDecision decide(String taskId, AppUser user, String taskKey, Step decisionStep, String decision,
			String opinion, Function<SelfEvaluation, Map<String, Object>> change) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, taskKey), step -> {
			SelfEvaluation evaluation = evaluationOf(step);
			step.setAll(change.apply(evaluation)).record(decision, opinion);
			return this.decisions
				.save(new EvaluationDecision(evaluation.getId(), decisionStep, decision, opinion, step.id(), user.id()));
		});
	}

	/** Scores computed for a form, the grade they give, and what is still missing. */
	public record Preview(List<BigDecimal> rows, BigDecimal execution, BigDecimal total, Grade grade,
			List<FieldMessage> problems) {
	}


	/** A return to the self-evaluation reopens it for filling. */
	@EventListener
	void returned(TaskReturned returned) {
		if (KEY.equals(returned.processKey()) && TASK_FILL.equals(returned.targetTaskKey())) {
			require(returned.longVariable(VAR_ITEM_ID)).reopen();
		}
	}

}
