package cn.gov.finance.perf.keyevaluation;

import static cn.gov.finance.perf.keyevaluation.process.KeyEvaluationProcess.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.finance.perf.evaluation.EvaluationEnums.EvaluationStatus;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.SelfEvaluation;
import cn.gov.finance.perf.evaluation.SelfEvaluationService;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskReturned;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationScore.ScorerRole;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.ApprovalDecision;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Reason;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Step;
import cn.gov.finance.perf.keyevaluation.process.KeyEvaluationStarter;
import cn.gov.finance.perf.org.ThirdParties;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 重点评价 (domain.md §3.4): finance draws a fiscal year's items — every major one (approved amount at
 * or above {@code app.key-evaluation.major-amount}, or under key monitoring) and a seeded random
 * sample of the rest — and each drawn item is planned (level-1 weights, evaluator, experts),
 * evaluated and reported, scored by experts and approved by finance. An item drawn before its
 * self-evaluation is fixed is evaluated inside its completion evaluation, and the approved key
 * result is the one its result application applies; an item drawn later is evaluated on its own
 * and its result re-grades the ledger while next year's budget is not yet confirmed.
 */
@Service
public class KeyEvaluationService {

	private static final Logger log = LoggerFactory.getLogger(KeyEvaluationService.class);

	private static final int MAX_ATTACHMENTS = 20;

	private final KeyEvaluationSelectionRepository selections;

	private final KeyEvaluationRepository evaluations;

	private final KeyEvaluationScoreRepository scores;

	private final KeyEvaluationDecisionRepository decisions;

	private final KeyEvaluationAttachmentRepository attachments;

	private final BudgetItemRepository items;

	private final SelfEvaluationService selfEvaluations;

	private final ThirdParties thirdParties;

	private final IdentityDirectory identities;

	private final TaskPipeline tasks;

	private final KeyEvaluationStarter starter;

	private final TaskService taskService;

	private final ApplicationEventPublisher events;

	private final KeyEvaluationSettings settings;

	private final SecureRandom seeds = new SecureRandom();

	private final AppClock clock;

	private final ItemService itemService;

	KeyEvaluationService(KeyEvaluationSelectionRepository selections, KeyEvaluationRepository evaluations,
			KeyEvaluationScoreRepository scores, KeyEvaluationDecisionRepository decisions,
			KeyEvaluationAttachmentRepository attachments, BudgetItemRepository items,
			SelfEvaluationService selfEvaluations, ThirdParties thirdParties, IdentityDirectory identities, TaskPipeline tasks,
			KeyEvaluationStarter starter, TaskService taskService, ApplicationEventPublisher events,
			KeyEvaluationSettings settings, AppClock clock, ItemService itemService) {
		this.clock = clock;
		this.itemService = itemService;
		this.selections = selections;
		this.evaluations = evaluations;
		this.scores = scores;
		this.decisions = decisions;
		this.attachments = attachments;
		this.items = items;
		this.selfEvaluations = selfEvaluations;
		this.thirdParties = thirdParties;
		this.identities = identities;
		this.tasks = tasks;
		this.starter = starter;
		this.taskService = taskService;
		this.events = events;
		this.settings = settings;
	}

	// ---- the draw ----

	/** Draws the fiscal year's key evaluations, once; items already self-evaluated start at once. */
	@Transactional
	public KeyEvaluationSelection draw(KeyEvaluationForms.KeyDraw form, AppUser user) {
		requirePerformanceOffice(user);
		int year = form.fiscalYear();
		if (this.selections.findByFiscalYear(year).isPresent()) {
			throw DomainException.conflict("keyevaluation.alreadyDrawn", year);
		}
		List<BudgetItem> funded = funded(year);
		if (funded.isEmpty()) {
			throw DomainException.rule("fiscalYear", "keyevaluation.nothingToDraw", year);
		}
		Set<String> major = funded.stream().filter(this::isMajor).map(BudgetItem::getCode).collect(Collectors.toSet());
		BigDecimal rate = form.sampleRate() != null ? form.sampleRate() : this.settings.sampleRate();
		long seed = form.seed() != null ? form.seed() : this.seeds.nextLong() & KeyEvaluationForms.MAX_SEED;
		KeySampler.Draw draw = KeySampler.draw(funded.stream().map(BudgetItem::getCode).toList(), major, rate, seed);
		KeyEvaluationSelection selection = this.selections
			.saveAndFlush(new KeyEvaluationSelection(year, draw, this.settings.majorAmount(), user.id()));
		Map<String, BudgetItem> byCode = funded.stream().collect(Collectors.toMap(BudgetItem::getCode, i -> i));
		draw.major().forEach(code -> select(selection, byCode.get(code), Reason.MAJOR));
		draw.sampled().forEach(code -> select(selection, byCode.get(code), Reason.SAMPLED));
		log.info("Drew key evaluations of {}: {} major, {} sampled of {} others (rate {}, seed {})", year,
				draw.major().size(), draw.sampled().size(), funded.size() - draw.major().size(), rate, seed);
		return selection;
	}

	/** Repeats the recorded draw from its recorded candidates, majors, rate and seed. */
	@Transactional(readOnly = true)
	public boolean reproduces(KeyEvaluationSelection selection) {
		List<KeyEvaluation> drawn = this.evaluations.findBySelectionIdOrderByIdAsc(selection.getId());
		Map<Long, String> codes = codes(drawn.stream().map(KeyEvaluation::getItemId).toList());
		Set<String> major = drawn.stream()
			.filter(e -> e.getReason() == Reason.MAJOR)
			.map(e -> codes.get(e.getItemId()))
			.collect(Collectors.toSet());
		Set<String> sampled = drawn.stream()
			.filter(e -> e.getReason() == Reason.SAMPLED)
			.map(e -> codes.get(e.getItemId()))
			.collect(Collectors.toSet());
		KeySampler.Draw again = KeySampler.draw(selection.candidates(), major, selection.getSampleRate(),
				selection.getSeed());
		return Set.copyOf(again.sampled()).equals(sampled);
	}

	private void select(KeyEvaluationSelection selection, BudgetItem item, Reason reason) {
		KeyEvaluation evaluation = this.evaluations.save(new KeyEvaluation(selection.getId(), item.getId(), reason));
		boolean alreadyFixed = this.selfEvaluations.ofItem(item.getId())
			.map(SelfEvaluation::getStatus)
			.filter(status -> status == EvaluationStatus.FIXED)
			.isPresent();
		if (alreadyFixed) {
			this.starter.start(item.getCode(), item.getId());
		}
		else {
			log.debug("Key evaluation {} of {} waits for its self-evaluation", evaluation.getId(), item.getCode());
		}
	}

	private boolean isMajor(BudgetItem item) {
		return item.isKeyMonitoring() || item.getApprovedAmount().compareTo(this.settings.majorAmount()) >= 0;
	}

	private List<BudgetItem> funded(int year) {
		List<BudgetItem> funded = new ArrayList<>(
				this.items.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(year));
		funded.sort(java.util.Comparator.comparing(BudgetItem::getCode));
		return funded;
	}

	// ---- called by the processes ----

	/** Whether the item was drawn and waits for its completion evaluation to start its key evaluation. */
	@Transactional(readOnly = true)
	public boolean waitingToStart(Long itemId) {
		return this.evaluations.findByItemId(itemId).filter(e -> e.getStatus() == KeyEvaluationStatus.SELECTED).isPresent();
	}

	@Transactional
	public void start(Long itemId, String processInstanceId) {
		require(itemId).start(processInstanceId);
	}

	/** Records the grade of the approved total and lets the result application know. */
	@Transactional
	public void fix(Long itemId, Grade grade) {
		KeyEvaluation evaluation = require(itemId);
		evaluation.grade(grade);
		this.itemService.showGrade(itemId, grade.name());
		this.events.publishEvent(new KeyEvaluationApproved(itemId, evaluation.getTotalScore(), grade));
	}

	// ---- task steps ----

	@Transactional
	public KeyEvaluation plan(String taskId, KeyEvaluationForms.KeyPlan form, AppUser user) {
		return step(taskId, user, TASK_PLAN, Step.PLAN, (step, evaluation) -> {
			BudgetItem item = this.items.findById(evaluation.getItemId()).orElseThrow();
			Levels weights = form.weights().levels();
			List<FieldMessage> errors = new ArrayList<>(weights.weightProblems("weights"));
			List<String> experts = List.copyOf(new LinkedHashSet<>(form.experts().stream().map(String::trim).toList()));
			for (int i = 0; i < form.experts().size(); i++) {
				String expert = form.experts().get(i).trim();
				if (!this.identities.isMember(expert, Roles.EXPERT)) {
					errors.add(FieldMessage.of("experts[" + i + "]", "keyevaluation.notAnExpert", expert));
				}
			}
			if (experts.size() != form.experts().size()) {
				errors.add(FieldMessage.of("experts", "keyevaluation.expertTwice"));
			}
			if (!form.reportDue().isAfter(today())) {
				errors.add(FieldMessage.of("reportDue", "keyevaluation.reportDueAfterToday"));
			}
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			String thirdParty = form.thirdPartyCode() == null || form.thirdPartyCode().isBlank() ? null
					: this.thirdParties
						.requireIndependent("thirdPartyCode", form.thirdPartyCode().trim(), item.getDepartmentCode(),
								item.getUnitCode())
						.getCode();
			evaluation.plan(weights, thirdParty, experts, form.planNote().trim(), form.reportDue(), user.id());
			String evaluatorGroup = thirdParty == null ? Roles.FINANCE_PERFORMANCE : Roles.orgGroup(thirdParty);
			step.set(VAR_EVALUATOR_GROUP, evaluatorGroup)
				.set(VAR_EXPERTS, new ArrayList<>(experts))
				.record(thirdParty == null ? "FINANCE" : "THIRD_PARTY", form.planNote());
		});
	}

	@Transactional
	public KeyEvaluation report(String taskId, KeyEvaluationForms.KeyReport form, AppUser user) {
		return step(taskId, user, TASK_REPORT, Step.REPORT, (step, evaluation) -> {
			Levels levels = form.scores().levels();
			List<FieldMessage> errors = levels.scoreProblems("scores", evaluation.getWeights());
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			KeyEvaluationScore score = this.scores
				.findByKeyEvaluationIdAndScorerId(evaluation.getId(), ScorerRole.EVALUATOR.name())
				.orElseGet(() -> new KeyEvaluationScore(evaluation.getId(), ScorerRole.EVALUATOR, ScorerRole.EVALUATOR.name()));
			score.score(levels, form.findings());
			this.scores.save(score);
			evaluation.report(form.findings().trim(), form.report().trim(), user.id());
			step.record("REPORTED", form.findings());
		});
	}

	@Transactional
	public KeyEvaluation expertScore(String taskId, KeyEvaluationForms.KeyExpertScore form, AppUser user) {
		return step(taskId, user, TASK_EXPERT, Step.EXPERT, (step, evaluation) -> {
			if (!user.id().equals(step.assignee())) {
				throw DomainException.forbidden("keyevaluation.notYourScoring", taskId);
			}
			Levels levels = form.scores().levels();
			List<FieldMessage> errors = levels.scoreProblems("scores", evaluation.getWeights());
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			KeyEvaluationScore score = this.scores.findByKeyEvaluationIdAndScorerId(evaluation.getId(), user.id())
				.orElseGet(() -> new KeyEvaluationScore(evaluation.getId(), ScorerRole.EXPERT, user.id()));
			score.score(levels, form.opinion());
			this.scores.save(score);
			long stillScoring = this.taskService.createTaskQuery()
				.processInstanceId(step.processInstanceId())
				.taskDefinitionKey(TASK_EXPERT)
				.count() - 1;
			if (stillScoring == 0) {
				evaluation.expertsDone();
			}
			step.record("SCORED", form.opinion());
		});
	}

	@Transactional
	public KeyEvaluation approve(String taskId, KeyEvaluationForms.KeyApproval form, AppUser user) {
		return step(taskId, user, TASK_APPROVE, Step.APPROVAL, (step, evaluation) -> {
			step.set(VAR_APPROVAL, form.decision().name()).record(form.decision().name(), form.opinion());
			if (form.decision() == ApprovalDecision.APPROVE) {
				Levels result = finalScores(evaluation);
				evaluation.approve(result, user.id());
				step.set(VAR_TOTAL, result.total().doubleValue());
			}
			else {
				evaluation.returnForRevision();
			}
		});
	}

	/** One step of a key evaluation through the task pipeline, with its decision row. */
	private KeyEvaluation step(String taskId, AppUser user, String taskKey, Step decisionStep,
			java.util.function.BiConsumer<TaskStep, KeyEvaluation> work) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, taskKey), step -> {
			KeyEvaluation evaluation = evaluationOf(step);
			work.accept(step, evaluation);
			this.decisions.save(new KeyEvaluationDecision(evaluation.getId(), decisionStep, step.decision(),
					step.opinion(), step.id(), user.id()));
			return evaluation;
		});
	}

	/** The result to approve: the experts' mean per level-1 indicator, or the evaluator's scores without experts. */
	public Levels finalScores(KeyEvaluation evaluation) {
		List<KeyEvaluationScore> all = this.scores.findByKeyEvaluationIdOrderByIdAsc(evaluation.getId());
		List<String> experts = evaluation.experts();
		if (!experts.isEmpty()) {
			List<Levels> expertScores = all.stream()
				.filter(s -> s.getScorerRole() == ScorerRole.EXPERT && experts.contains(s.getScorerId()))
				.map(KeyEvaluationScore::getScores)
				.toList();
			if (expertScores.size() != experts.size()) {
				throw DomainException.conflict("keyevaluation.expertsMissing", evaluation.getId());
			}
			return Levels.mean(expertScores);
		}
		return all.stream()
			.filter(s -> s.getScorerRole() == ScorerRole.EVALUATOR)
			.findFirst()
			.map(KeyEvaluationScore::getScores)
			.orElseThrow(() -> DomainException.conflict("keyevaluation.noReport", evaluation.getId()));
	}

	// ---- attachments ----

	@Transactional
	public KeyEvaluationAttachment attach(String taskId, MultipartFile file, AppUser user) {
		return this.tasks.act(taskId, user, TaskKind.of(KEY, TASK_REPORT), step -> attach(evaluationOf(step), file, user));
	}

	private KeyEvaluationAttachment attach(KeyEvaluation evaluation, MultipartFile file, AppUser user) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
		if (file.isEmpty()) {
			throw DomainException.invalid("file", "keyevaluation.fileEmpty");
		}
		if (name.isEmpty() || name.length() > 255) {
			throw DomainException.invalid("file", "keyevaluation.fileNameLength");
		}
		if (this.attachments.countByKeyEvaluationId(evaluation.getId()) >= MAX_ATTACHMENTS) {
			throw DomainException.rule("file", "keyevaluation.tooManyAttachments", MAX_ATTACHMENTS);
		}
		try {
			byte[] content = file.getBytes();
			String contentType = file.getContentType() == null || file.getContentType().length() > 128
					? "application/octet-stream" : file.getContentType();
			return this.attachments.save(new KeyEvaluationAttachment(evaluation.getId(), name, contentType, content,
					sha256(content), user.id()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional
	public void detach(String taskId, Long attachmentId, AppUser user) {
		this.tasks.act(taskId, user, TaskKind.of(KEY, TASK_REPORT), step -> {
			KeyEvaluationAttachment attachment = this.attachments
				.findByIdAndKeyEvaluationId(attachmentId, evaluationOf(step).getId())
				.orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
			this.attachments.delete(attachment);
			return null;
		});
	}

	/** An attachment of the item's key evaluation; the caller checks the item is visible. */
	@Transactional(readOnly = true)
	public KeyEvaluationAttachment attachment(Long itemId, Long attachmentId) {
		KeyEvaluation evaluation = this.evaluations.findByItemId(itemId)
			.orElseThrow(() -> DomainException.notFound("Key evaluation of item", itemId));
		return this.attachments.findByIdAndKeyEvaluationId(attachmentId, evaluation.getId())
			.orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	public KeyEvaluation ofTask(String taskId, AppUser user) {
		return evaluationOf(this.tasks.read(taskId, user));
	}

	@Transactional(readOnly = true)
	public Optional<KeyEvaluation> ofItem(Long itemId) {
		return this.evaluations.findByItemId(itemId);
	}

	/** The item's key evaluation if finance has approved it: the result that supersedes the self-evaluation. */
	@Transactional(readOnly = true)
	public Optional<KeyEvaluation> approved(Long itemId) {
		return ofItem(itemId).filter(e -> e.getStatus() == KeyEvaluationStatus.APPROVED);
	}

	@Transactional(readOnly = true)
	public Optional<KeyEvaluationSelection> selection(int fiscalYear) {
		return this.selections.findByFiscalYear(fiscalYear);
	}

	@Transactional(readOnly = true)
	public List<KeyEvaluation> drawn(KeyEvaluationSelection selection) {
		return this.evaluations.findBySelectionIdOrderByIdAsc(selection.getId());
	}

	public List<KeyEvaluationScore> scoresOf(KeyEvaluation evaluation) {
		return this.scores.findByKeyEvaluationIdOrderByIdAsc(evaluation.getId());
	}

	public List<KeyEvaluationDecision> decisionsOf(KeyEvaluation evaluation) {
		return this.decisions.findByKeyEvaluationIdOrderByIdAsc(evaluation.getId());
	}

	public List<KeyEvaluationAttachment.Info> attachmentsOf(KeyEvaluation evaluation) {
		return this.attachments.findByKeyEvaluationIdOrderByIdAsc(evaluation.getId());
	}

	public Map<Long, String> codes(List<Long> itemIds) {
		return this.items.findAllById(itemIds).stream().collect(Collectors.toMap(BudgetItem::getId, BudgetItem::getCode));
	}

	public KeyEvaluationSettings settings() {
		return this.settings;
	}

	public static void requirePerformanceOffice(AppUser user) {
		if (!user.hasRole(Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("keyevaluation.performanceOfficeOnly");
		}
	}

	private KeyEvaluation require(Long itemId) {
		return this.evaluations.findByItemId(itemId)
			.orElseThrow(() -> new IllegalStateException("Item " + itemId + " was not drawn for key evaluation"));
	}

	private KeyEvaluation evaluationOf(TaskStep step) {
		return this.evaluations.findByItemId(step.longVariable(VAR_ITEM_ID))
			.orElseThrow(() -> DomainException.conflict("keyevaluation.notItsTask", step.id()));
	}

	private LocalDate today() {
		return this.clock.today();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Published when finance approves a key evaluation and its grade is fixed. */
	public record KeyEvaluationApproved(Long itemId, BigDecimal totalScore, Grade grade) {
	}

	/** A return to the plan, the report or the experts' scoring puts the key evaluation back there. */
	@EventListener
	void returned(TaskReturned returned) {
		if (!KEY.equals(returned.processKey())) {
			return;
		}
		KeyEvaluation evaluation = require(returned.longVariable(VAR_ITEM_ID));
		switch (returned.targetTaskKey()) {
			case TASK_PLAN -> evaluation.replan();
			case TASK_REPORT -> evaluation.returnForRevision();
			case TASK_EXPERT -> evaluation.reviewAgain();
			default -> {
			}
		}
	}

}
