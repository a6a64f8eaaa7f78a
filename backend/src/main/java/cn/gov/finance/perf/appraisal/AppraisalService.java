package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.appraisal.AppraisalStatus.CirculationDecision;
import cn.gov.finance.perf.appraisal.AppraisalStatus.Step;
import cn.gov.finance.perf.appraisal.AppraisalStatus.VerificationDecision;
import cn.gov.finance.perf.appraisal.process.AppraisalInterviewProcess;
import cn.gov.finance.perf.appraisal.process.AppraisalProcess;
import cn.gov.finance.perf.appraisal.process.AppraisalStarter;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.Scoring;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskReturned;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.org.Division;
import cn.gov.finance.perf.org.DivisionRepository;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.overall.BodyKind;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's appraisal (考核) of the League departments and the county finance bureaus (domain.md
 * §3.5): the performance office opens a round for a fiscal year, scores every body (graded by
 * EvaluationGrade), and releases the circular (通报): 优 is commended, every 差 is summoned to an
 * interview (约谈) that sets a rectification deadline; the body reports its rectification, an
 * overdue one is flagged, and finance verifies it or sends it back.
 */
@Service
public class AppraisalService {

	private final AppraisalRepository appraisals;

	private final AppraisalEntryRepository entries;

	private final AppraisalDecisionRepository decisions;

	private final OrgUnitRepository orgUnits;

	private final DivisionRepository divisions;

	private final OrgDirectory directory;

	private final TaskPipeline tasks;

	private final AppraisalStarter starter;

	private final DecisionService rules;

	private final ZoneId zone;

	AppraisalService(AppraisalRepository appraisals, AppraisalEntryRepository entries,
			AppraisalDecisionRepository decisions, OrgUnitRepository orgUnits, DivisionRepository divisions,
			OrgDirectory directory, TaskPipeline tasks, AppraisalStarter starter, DecisionService rules,
			AppClock clock) {
		this.appraisals = appraisals;
		this.entries = entries;
		this.decisions = decisions;
		this.orgUnits = orgUnits;
		this.divisions = divisions;
		this.directory = directory;
		this.tasks = tasks;
		this.starter = starter;
		this.rules = rules;
		this.zone = clock.zone();
	}

	// ---- start ----

	@Transactional
	public Appraisal start(AppraisalForms.AppraisalStart form, AppUser user) {
		if (!user.hasRole(Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("appraisal.performanceOfficeOnly");
		}
		if (this.appraisals.findByFiscalYear(form.fiscalYear()).isPresent()) {
			throw DomainException.conflict("appraisal.alreadyStarted", form.fiscalYear());
		}
		List<AppraisalEntry> bodies = bodies();
		if (bodies.isEmpty()) {
			throw DomainException.rule("fiscalYear", "appraisal.nobodyToAppraise");
		}
		// A county without a finance bureau cannot be appraised: it is named on the round (and the
		// organisations page warns of it) instead of silently missing from the circular.
		Appraisal round = new Appraisal(form.fiscalYear(), bodies, user.id(), now());
		round.skipped(this.directory.countiesWithoutFinance().stream().map(Division::getCode).toList());
		Appraisal appraisal = this.appraisals.saveAndFlush(round);
		appraisal.started(this.starter.start(appraisal.getId(), form.fiscalYear()));
		return appraisal;
	}

	/** Every League department (top-level, not a unit) and every county that has a finance bureau. */
	private List<AppraisalEntry> bodies() {
		List<OrgUnit> orgs = this.orgUnits.findAllByOrderBySortOrderAscCodeAsc();
		List<Division> all = this.divisions.findAllByOrderBySortOrderAscCodeAsc();
		Set<String> league = all.stream()
			.filter(d -> "LEAGUE".equals(d.getLevel()))
			.map(Division::getCode)
			.collect(Collectors.toSet());
		List<AppraisalEntry> bodies = new ArrayList<>();
		for (OrgUnit org : orgs) {
			if (org.getKind() == OrgKind.DEPARTMENT && org.getParentCode() == null && !org.isDisabled()
					&& league.contains(org.getDivisionCode())) {
				bodies.add(new AppraisalEntry(bodies.size(), BodyKind.DEPARTMENT, org.getCode(),
						Roles.orgGroup(org.getCode())));
			}
		}
		Map<String, OrgUnit> bureaus = orgs.stream()
			.filter(o -> o.getKind() == OrgKind.FINANCE && o.getParentCode() == null && !o.isDisabled())
			.collect(Collectors.toMap(OrgUnit::getDivisionCode, Function.identity(), (a, b) -> a));
		for (Division county : all) {
			OrgUnit bureau = bureaus.get(county.getCode());
			if ("COUNTY".equals(county.getLevel()) && bureau != null) {
				bodies.add(new AppraisalEntry(bodies.size(), BodyKind.COUNTY, county.getCode(),
						Roles.orgGroup(bureau.getCode())));
			}
		}
		return bodies;
	}

	// ---- tasks ----

	@Transactional
	public Appraisal score(String taskId, AppraisalForms.AppraisalScores form, AppUser user) {
		return round(taskId, user, AppraisalProcess.TASK_SCORE, Step.SCORE, (step, appraisal) -> {
			Map<Long, AppraisalEntry> byId = appraisal.getEntries()
				.stream()
				.collect(Collectors.toMap(AppraisalEntry::getId, Function.identity()));
			List<FieldMessage> errors = new ArrayList<>();
			Set<Long> seen = new HashSet<>();
			for (int i = 0; i < form.entries().size(); i++) {
				Long id = form.entries().get(i).entryId();
				if (!byId.containsKey(id)) {
					errors.add(FieldMessage.of("entries[" + i + "].entryId", "appraisal.notAnEntry", id));
				}
				else if (!seen.add(id)) {
					errors.add(FieldMessage.of("entries[" + i + "].entryId", "appraisal.scoredTwice"));
				}
			}
			if (errors.isEmpty() && seen.size() != byId.size()) {
				errors.add(FieldMessage.of("entries", "appraisal.scoreEveryEntry", byId.size(), byId.size() - seen.size()));
			}
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
			for (AppraisalForms.AppraisalScoreInput input : form.entries()) {
				BigDecimal score = Scoring.round(input.score());
				Grade grade = grade(score);
				byId.get(input.entryId()).score(score, grade, blankToNull(input.comment()));
				counts.merge(grade, 1, Integer::sum);
			}
			appraisal.scored();
			String summary = "评分 " + form.entries().size() + " 个：" + java.util.Arrays.stream(Grade.values())
				.map(g -> g.label() + " " + counts.getOrDefault(g, 0))
				.collect(Collectors.joining("，"));
			step.record("SCORED", summary);
		});
	}

	@Transactional
	public Appraisal circulate(String taskId, AppraisalForms.AppraisalCirculation form, AppUser user) {
		return round(taskId, user, AppraisalProcess.TASK_CIRCULATE, Step.CIRCULATE, (step, appraisal) -> {
			step.set(AppraisalProcess.VAR_CIRCULATION, form.decision().name())
				.record(form.decision().name(), form.circular());
			if (form.decision() == CirculationDecision.CIRCULATE) {
				appraisal.circulate(form.circular().trim(), user.id(), now());
				step.set(AppraisalProcess.VAR_POOR_ENTRIES, new ArrayList<>(appraisal.getEntries()
					.stream()
					.filter(e -> e.getGrade() == Grade.POOR)
					.map(AppraisalEntry::getId)
					.toList()));
			}
			else {
				appraisal.revise();
			}
		});
	}

	@Transactional
	public Appraisal interview(String taskId, AppraisalForms.AppraisalInterview form, AppUser user) {
		return body(taskId, user, AppraisalInterviewProcess.TASK_INTERVIEW, Step.INTERVIEW, (step, entry) -> {
			LocalDate today = today();
			List<FieldMessage> errors = new ArrayList<>();
			if (form.interviewDate().isAfter(today)) {
				errors.add(FieldMessage.of("interviewDate", "appraisal.interviewNotAfterToday"));
			}
			if (!form.rectifyDue().isAfter(today) || form.rectifyDue().isBefore(form.interviewDate())) {
				errors.add(FieldMessage.of("rectifyDue", "appraisal.rectifyDueAfter"));
			}
			if (!errors.isEmpty()) {
				throw DomainException.invalid(errors);
			}
			entry.interview(form.interviewDate(), form.attendees().trim(), form.problems().trim(), form.rectifyDue());
			step.record("INTERVIEWED", form.problems());
		});
	}

	@Transactional
	public Appraisal rectify(String taskId, AppraisalForms.AppraisalRectification form, AppUser user) {
		return body(taskId, user, AppraisalInterviewProcess.TASK_RECTIFY, Step.RECTIFY, (step, entry) -> {
			entry.rectify(form.rectification().trim(), user.id(), now());
			step.record("REPORTED", form.rectification());
		});
	}

	@Transactional
	public Appraisal verify(String taskId, AppraisalForms.AppraisalVerification form, AppUser user) {
		return body(taskId, user, AppraisalInterviewProcess.TASK_VERIFY, Step.VERIFY, (step, entry) -> {
			if (form.decision() == VerificationDecision.ACCEPT) {
				entry.verify(user.id(), now());
			}
			else {
				entry.returnRectification();
			}
			step.set(AppraisalInterviewProcess.VAR_VERIFICATION, form.decision().name())
				.record(form.decision().name(), form.opinion());
		});
	}

	/** A step on the whole round (scoring, circulation), through the task pipeline, with its decision row. */
	private Appraisal round(String taskId, AppUser user, String taskKey, Step decisionStep,
			java.util.function.BiConsumer<TaskStep, Appraisal> work) {
		return this.tasks.complete(taskId, user, TaskKind.of(AppraisalProcess.KEY, taskKey), step -> {
			Appraisal appraisal = appraisalOf(step);
			work.accept(step, appraisal);
			record(step, appraisal, null, decisionStep, user);
			return appraisal;
		});
	}

	/** A step on one poor body's interview and rectification, through the task pipeline, with its decision row. */
	private Appraisal body(String taskId, AppUser user, String taskKey, Step decisionStep,
			java.util.function.BiConsumer<TaskStep, AppraisalEntry> work) {
		return this.tasks.complete(taskId, user, TaskKind.of(AppraisalInterviewProcess.KEY, taskKey), step -> {
			AppraisalEntry entry = entryOf(step);
			work.accept(step, entry);
			Appraisal appraisal = require(entry.getAppraisalId());
			record(step, appraisal, entry, decisionStep, user);
			return appraisal;
		});
	}

	// ---- called by the processes ----

	public String groupOf(Long entryId) {
		return requireEntry(entryId).getSubjectGroup();
	}

	public String labelOf(Long entryId) {
		AppraisalEntry entry = requireEntry(entryId);
		return subjectName(entry, this.directory.names()) + " · " + require(entry.getAppraisalId()).getFiscalYear() + " 年度考核约谈整改";
	}

	/** A department by its name; a county by its finance bureau, which is what is appraised. */
	static String subjectName(AppraisalEntry entry, OrgDirectory.Names names) {
		return entry.getKind() == BodyKind.DEPARTMENT ? names.org(entry.getSubjectCode())
				: names.division(entry.getSubjectCode()) + "财政局";
	}

	public String businessKey(Long entryId) {
		AppraisalEntry entry = requireEntry(entryId);
		return "AP-" + require(entry.getAppraisalId()).getFiscalYear() + "-" + entry.getSubjectCode();
	}

	/** The end of the rectification deadline's day, when the rectification becomes overdue. */
	public Date rectifyDue(Long entryId) {
		return Date.from(requireEntry(entryId).getRectifyDue().plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	@Transactional
	public void markOverdue(Long entryId) {
		requireEntry(entryId).markOverdue();
	}

	@Transactional
	public void close(Long appraisalId) {
		require(appraisalId).close(now());
	}

	// ---- reading ----

	/** Finance, audit and administrators see every round as it goes; others once it is circulated. */
	public static boolean oversees(AppUser user) {
		return user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.AUDIT, Roles.ADMIN);
	}

	/** Whether the user sees the interview and rectification of this entry: finance and audit, and the body itself. */
	public static boolean seesDetails(AppUser user, AppraisalEntry entry) {
		return oversees(user) || (user.orgCode() != null && entry.getSubjectGroup().equals(Roles.orgGroup(user.orgCode())));
	}

	@Transactional(readOnly = true)
	public Appraisal ofYear(int fiscalYear, AppUser user) {
		Appraisal appraisal = this.appraisals.findByFiscalYear(fiscalYear)
			.filter(a -> oversees(user) || a.isCirculated())
			.orElseThrow(() -> DomainException.notFound("Appraisal of year", fiscalYear));
		return appraisal;
	}

	/** The round a task is about, and the entry when the task is about one body. */
	@Transactional(readOnly = true)
	public TaskSubject ofTask(String taskId, AppUser user) {
		TaskStep step = this.tasks.read(taskId, user);
		if (step.variable(AppraisalInterviewProcess.VAR_ENTRY_ID) instanceof Long entryId) {
			AppraisalEntry entry = requireEntry(entryId);
			return new TaskSubject(require(entry.getAppraisalId()), entry.getId());
		}
		return new TaskSubject(appraisalOf(step), null);
	}

	public List<AppraisalDecision> decisionsOf(Appraisal appraisal) {
		return this.decisions.findByAppraisalIdOrderByIdAsc(appraisal.getId());
	}

	public record TaskSubject(Appraisal appraisal, Long entryId) {
	}

	// ---- helpers ----

	/** The grades the grade table gives these scores, for a live preview while scoring. */
	public List<Grade> grades(List<BigDecimal> scores) {
		return scores.stream().map(score -> grade(Scoring.round(score))).toList();
	}

	private Grade grade(BigDecimal score) {
		return Grade.valueOf(this.rules
			.evaluateDecisionTableByKey("EvaluationGrade", Map.of("totalScore", score.doubleValue()))
			.getSingleResult()
			.getSingleEntry());
	}

	private void record(TaskStep step, Appraisal appraisal, AppraisalEntry entry, Step decisionStep, AppUser user) {
		this.decisions.save(new AppraisalDecision(appraisal.getId(), entry == null ? null : entry.getId(), decisionStep,
				step.decision(), step.opinion(), step.id(), user.id(), now()));
	}

	private Appraisal appraisalOf(TaskStep step) {
		Long id = step.longVariable(AppraisalProcess.VAR_APPRAISAL_ID);
		return this.appraisals.findById(id)
			.orElseThrow(() -> DomainException.conflict("appraisal.notItsTask", step.id()));
	}

	private AppraisalEntry entryOf(TaskStep step) {
		Long id = step.longVariable(AppraisalInterviewProcess.VAR_ENTRY_ID);
		return this.entries.findById(id)
			.orElseThrow(() -> DomainException.conflict("appraisal.notAnEntryTask", step.id()));
	}

	private Appraisal require(Long id) {
		return this.appraisals.findById(id).orElseThrow(() -> new IllegalStateException("No appraisal " + id));
	}

	private AppraisalEntry requireEntry(Long id) {
		return this.entries.findById(id).orElseThrow(() -> new IllegalStateException("No appraisal entry " + id));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Instant now() {
		return AppClock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	/** A return to the scoring reopens the round for scores. */
	@EventListener
	void returned(TaskReturned returned) {
		if (AppraisalProcess.KEY.equals(returned.processKey()) && AppraisalProcess.TASK_SCORE.equals(returned.targetTaskKey())) {
			require(returned.longVariable(AppraisalProcess.VAR_APPRAISAL_ID)).revise();
		}
	}

}
