package cn.gov.finance.perf.application;

import static cn.gov.finance.perf.application.process.ResultApplicationProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import cn.gov.finance.perf.evaluation.SelfEvaluation;
import cn.gov.finance.perf.evaluation.SelfEvaluationService;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskReturned;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationService;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Result application (domain.md §3.5): feedback within the feedback period, a rectification plan
 * within the plan period of the feedback, the ledger of rectification items to closure, and the link
 * of the result to next year's budget (BudgetLinkage.dmn), confirmed by the budget office.
 */
@Service
public class ResultApplicationService {

	public static final String SOURCE_SELF = "SELF";

	public static final String SOURCE_KEY = "KEY";

	private static final Logger log = LoggerFactory.getLogger(ResultApplicationService.class);

	private final ResultApplicationRepository applications;

	private final SelfEvaluationService evaluations;

	private final KeyEvaluationService keyEvaluations;

	private final ItemAccess access;

	private final TaskPipeline tasks;

	private final DecisionService rules;

	private final ZoneId zone;

	private final int feedbackDays;

	private final int planDays;

	ResultApplicationService(ResultApplicationRepository applications, SelfEvaluationService evaluations,
			KeyEvaluationService keyEvaluations, ItemAccess access, TaskPipeline tasks, DecisionService rules, AppClock clock,
			@Value("${app.application.feedback-days:20}") int feedbackDays,
			@Value("${app.application.plan-days:30}") int planDays) {
		this.applications = applications;
		this.evaluations = evaluations;
		this.keyEvaluations = keyEvaluations;
		this.access = access;
		this.tasks = tasks;
		this.rules = rules;
		this.zone = clock.zone();
		this.feedbackDays = feedbackDays;
		this.planDays = planDays;
	}

	// ---- called by the process ----

	/** Opens the ledger when the result is fixed: feedback due in the feedback period, the budget link proposed. */
	@Transactional
	public ResultApplication open(Long itemId) {
		return this.applications.findByItemId(itemId).orElseGet(() -> {
			BudgetItem item = this.access.require(itemId);
			SelfEvaluation evaluation = this.evaluations.require(itemId);
			ResultApplication.Result result = this.keyEvaluations.approved(itemId)
				.map(key -> new ResultApplication.Result(key.getGrade().name(), key.getTotalScore(), SOURCE_KEY))
				.orElseGet(() -> new ResultApplication.Result(evaluation.getGrade().name(), evaluation.getTotalScore(),
						SOURCE_SELF));
			BigDecimal current = item.getApprovedAmount() == null ? item.getAmount() : item.getApprovedAmount();
			return this.applications.save(new ResultApplication(itemId, evaluation.getId(), result,
					today().plusDays(this.feedbackDays), item.getFiscalYear() + 1, linkage(result.grade()), current));
		});
	}

	/** A key evaluation approved after the ledger opened re-grades it while next year's budget is unconfirmed. */
	@EventListener
	public void keyEvaluationApproved(KeyEvaluationService.KeyEvaluationApproved approved) {
		this.applications.findByItemId(approved.itemId()).ifPresent(application -> {
			ResultApplication.Result result = new ResultApplication.Result(approved.grade().name(),
					approved.totalScore(), SOURCE_KEY);
			if (!application.regrade(result, linkage(result.grade()))) {
				log.info("Key evaluation of item {} approved after next year's budget was confirmed; recorded only",
						approved.itemId());
			}
		});
	}

	private ResultApplication.Linkage linkage(String grade) {
		DmnDecisionRuleResult linkage = this.rules
			.evaluateDecisionTableByKey("BudgetLinkage", Map.of("evaluationGrade", grade))
			.getSingleResult();
		return new ResultApplication.Linkage(linkage.getEntry("linkageAction"),
				BigDecimal.valueOf((Double) linkage.getEntry("linkageRate")));
	}

	public java.util.Date feedbackDue(Long itemId) {
		return endOf(require(itemId).getFeedbackDue());
	}

	public java.util.Date planDue(Long itemId) {
		ResultApplication application = require(itemId);
		return endOf(application.getPlanDue() != null ? application.getPlanDue() : today().plusDays(this.planDays));
	}

	@Transactional
	public void markOverdue(Long itemId, String what) {
		require(itemId).markOverdue(what);
	}

	@Transactional
	public void close(Long itemId) {
		require(itemId).close();
	}

	// ---- task steps ----

	@Transactional
	public ResultApplication sendFeedback(String taskId, ApplicationForms.Feedback form, AppUser user) {
		return step(taskId, user, TASK_FEEDBACK, (step, application) -> {
			application.sendFeedback(form.feedback().trim(), today().plusDays(this.planDays));
			step.record("SENT", form.feedback());
		});
	}

	@Transactional
	public ResultApplication submitPlan(String taskId, ApplicationForms.Plan form, AppUser user) {
		return step(taskId, user, TASK_PLAN, (step, application) -> {
			for (int i = 0; i < form.items().size(); i++) {
				if (form.items().get(i).deadline().isBefore(today())) {
					throw DomainException.invalid("items[" + i + "].deadline", "application.deadlinePast");
				}
			}
			application.submitPlan(form.items());
			this.applications.flush();
			step.record("SUBMITTED", form.items().size() + " 项整改事项");
		});
	}

	@Transactional
	public ResultApplication reportClosure(String taskId, ApplicationForms.ClosureReport form, AppUser user) {
		return step(taskId, user, TASK_CLOSE, (step, application) -> {
			application.reportClosure(form.items());
			step.record("REPORTED", form.items().stream().filter(ApplicationForms.Closure::closed).count() + " 项已销号");
		});
	}

	@Transactional
	public ResultApplication verifyClosure(String taskId, ApplicationForms.ClosureVerification form, AppUser user) {
		return step(taskId, user, TASK_VERIFY, (step, application) -> {
			boolean allClosed = application.getRectifications()
				.stream()
				.allMatch(item -> RectificationItem.CLOSED.equals(item.getStatus()));
			if (form.verdict() == ApplicationForms.ClosureVerdict.CLOSED && !allClosed) {
				throw DomainException.rule("verdict", "application.itemsOpen");
			}
			step.set(VAR_CLOSURE_VERDICT, form.verdict().name()).record(form.verdict().name(), form.opinion());
		});
	}

	@Transactional
	public ResultApplication confirmLinkage(String taskId, ApplicationForms.Linkage form, AppUser user) {
		return step(taskId, user, TASK_LINKAGE, (step, application) -> {
			application.confirmLinkage(form.confirmedAmount(), user.id());
			step.record(form.confirmedAmount().toPlainString(), form.opinion());
		});
	}

	/** One step on the item's result application, completed through the task pipeline. */
	private ResultApplication step(String taskId, AppUser user, String taskKey,
			java.util.function.BiConsumer<TaskStep, ResultApplication> work) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, taskKey), step -> {
			ResultApplication application = applicationOf(step);
			work.accept(step, application);
			return application;
		});
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	public ResultApplication ofTask(String taskId, AppUser user) {
		return applicationOf(this.tasks.read(taskId, user));
	}

	@Transactional(readOnly = true)
	public Optional<ResultApplication> ofItem(Long itemId) {
		return this.applications.findByItemId(itemId);
	}

	/** The result applications of these items, by item id (items without one are absent). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, ResultApplication> ofItems(java.util.Collection<Long> itemIds) {
		return itemIds.isEmpty() ? java.util.Map.of()
				: this.applications.findByItemIdIn(itemIds)
					.stream()
					.collect(java.util.stream.Collectors.toMap(ResultApplication::getItemId, a -> a));
	}

	private ResultApplication require(Long itemId) {
		return this.applications.findByItemId(itemId)
			.orElseThrow(() -> new IllegalStateException("No result application for item " + itemId));
	}

	private ResultApplication applicationOf(TaskStep step) {
		Long itemId = step.longVariable(VAR_ITEM_ID);
		return this.applications.findByItemId(itemId)
			.orElseThrow(() -> DomainException.conflict("application.notAboutApplication", step.id()));
	}

	private LocalDate today() {
		return AppClock.instant().atZone(this.zone).toLocalDate();
	}

	private java.util.Date endOf(LocalDate date) {
		return java.util.Date.from(date.plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	/** A return to the closure report reopens the items that were reported closed. */
	@EventListener
	void returned(TaskReturned returned) {
		if (KEY.equals(returned.processKey()) && TASK_CLOSE.equals(returned.targetTaskKey())) {
			require(returned.longVariable(VAR_ITEM_ID)).reopenUnfinished();
		}
	}

}
