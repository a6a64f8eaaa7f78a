package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.appraisal.AppraisalStatus.EntryStatus;
import cn.gov.finance.perf.appraisal.AppraisalStatus.Step;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.overall.BodyKind;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class AppraisalController {

	private final AppraisalService service;

	private final OrgDirectory directory;

	private final AppraisalReferences references;

	AppraisalController(AppraisalService service, OrgDirectory directory, AppraisalReferences references) {
		this.service = service;
		this.directory = directory;
		this.references = references;
	}

	@Operation(summary = "Open the appraisal of a fiscal year for every League department and county finance bureau (performance office)")
	@PostMapping("/appraisals")
	@Transactional
	@ResponseStatus(HttpStatus.CREATED)
	AppraisalView start(@AuthenticationPrincipal AppUser user, @Valid @RequestBody AppraisalForms.AppraisalStart form) {
		return view(this.service.start(form, user), user, null);
	}

	@Operation(summary = "The appraisal of a fiscal year: finance and audit see it as it goes, everyone else once circulated")
	@GetMapping("/appraisals/{fiscalYear}")
	@Transactional(readOnly = true)
	AppraisalView ofYear(@AuthenticationPrincipal AppUser user, @PathVariable @FiscalYear int fiscalYear) {
		return view(this.service.ofYear(fiscalYear, user), user, null);
	}

	@Operation(summary = "The grades the grade table gives some scores (live preview while scoring); stores nothing")
	@PostMapping("/appraisals/grade-preview")
	AppraisalGrades preview(@Valid @RequestBody AppraisalForms.AppraisalGradePreview form) {
		return new AppraisalGrades(this.service.grades(form.scores()));
	}

	@Operation(summary = "The appraisal a task is about, with the body it concerns")
	@GetMapping("/tasks/{taskId}/appraisal")
	@Transactional(readOnly = true)
	AppraisalView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		AppraisalService.TaskSubject subject = this.service.ofTask(taskId, user);
		return view(subject.appraisal(), user, subject.entryId());
	}

	@Operation(summary = "Finance scores every body of the round; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-scores")
	@Transactional
	AppraisalView score(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalScores form) {
		return view(this.service.score(taskId, form, user), user, null);
	}

	@Operation(summary = "Finance releases the circular (通报) or sends the scores back; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-circulation")
	@Transactional
	AppraisalView circulate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalCirculation form) {
		return view(this.service.circulate(taskId, form, user), user, null);
	}

	@Operation(summary = "Finance records the interview (约谈) with a poor body and its rectification deadline; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-interview")
	@Transactional
	AppraisalView interview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalInterview form) {
		return view(this.service.interview(taskId, form, user), user, null);
	}

	@Operation(summary = "The body reports its rectification; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-rectification")
	@Transactional
	AppraisalView rectify(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalRectification form) {
		return view(this.service.rectify(taskId, form, user), user, null);
	}

	@Operation(summary = "Finance accepts the rectification or sends it back; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-verification")
	@Transactional
	AppraisalView verify(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalVerification form) {
		return view(this.service.verify(taskId, form, user), user, null);
	}

	private AppraisalView view(Appraisal a, AppUser user, @Nullable Long focus) {
		OrgDirectory.Names names = this.directory.names();
		boolean oversees = AppraisalService.oversees(user);
		java.util.Map<Long, AppraisalReferences.Reference> record = oversees ? this.references.of(a) : java.util.Map.of();
		List<AppraisalEntry> entries = a.getEntries();
		List<Long> ownEntries = entries.stream()
			.filter(e -> AppraisalService.seesDetails(user, e))
			.map(AppraisalEntry::getId)
			.toList();
		return new AppraisalView(a.getId(), a.getFiscalYear(), a.getStatus(), a.getCircular(), a.getStartedBy(),
				a.getStartedAt(), a.getCirculatedBy(), a.getCirculatedAt(), a.getClosedAt(), focus,
				entries.stream()
					.map(e -> entry(e, names, AppraisalService.seesDetails(user, e), record.get(e.getId())))
					.toList(),
				this.service.decisionsOf(a)
					.stream()
					.filter(d -> oversees || d.getEntryId() != null && ownEntries.contains(d.getEntryId()))
					.map(d -> new AppraisalDecisionView(d.getEntryId(), d.getStep(), d.getDecision(), d.getOpinion(),
							d.getDecidedBy(), d.getDecidedAt()))
					.toList());
	}

	private static AppraisalEntryView entry(AppraisalEntry e, OrgDirectory.Names names, boolean details,
			@Nullable AppraisalReferences.Reference reference) {
		return new AppraisalEntryView(e.getId(), e.getKind(), e.getSubjectCode(), AppraisalService.subjectName(e, names), e.getStatus(), e.getScore(),
				e.getGrade(), e.isCommended(), e.getComment(), details ? e.getInterviewDate() : null,
				details ? e.getInterviewAttendees() : null, details ? e.getInterviewProblems() : null,
				details ? e.getRectifyDue() : null, details && e.isRectifyOverdue(),
				details ? e.getRectification() : null, details ? e.getRectifiedBy() : null,
				details ? e.getRectifiedAt() : null, details ? e.getVerifiedBy() : null,
				details ? e.getVerifiedAt() : null,
				reference == null ? null : new AppraisalReferenceView(reference.fundedItems(), reference.evaluatedItems(),
						reference.averageScore(), reference.bodyScore(), reference.bodyGrade()));
	}

	/** The year's record of the body (finance and audit only). */
	record AppraisalReferenceView(int fundedItems, int evaluatedItems, @Nullable BigDecimal averageScore,
			@Nullable BigDecimal bodyScore, @Nullable Grade bodyGrade) {
	}

	record AppraisalGrades(List<Grade> grades) {
	}

	record AppraisalEntryView(long id, BodyKind kind, String subjectCode, String subjectName, EntryStatus status,
			@Nullable BigDecimal score, @Nullable Grade grade, boolean commended, @Nullable String comment,
			@Nullable LocalDate interviewDate, @Nullable String interviewAttendees, @Nullable String interviewProblems,
			@Nullable LocalDate rectifyDue, boolean rectifyOverdue, @Nullable String rectification,
			@Nullable String rectifiedBy, @Nullable Instant rectifiedAt, @Nullable String verifiedBy,
			@Nullable Instant verifiedAt, @Nullable AppraisalReferenceView reference) {
	}

	record AppraisalDecisionView(@Nullable Long entryId, Step step, String decision, String opinion, String decidedBy,
			Instant decidedAt) {
	}

	record AppraisalView(long id, int fiscalYear, AppraisalStatus status, @Nullable String circular, String startedBy,
			Instant startedAt, @Nullable String circulatedBy, @Nullable Instant circulatedAt, @Nullable Instant closedAt,
			@Nullable Long focusEntryId, List<AppraisalEntryView> entries, List<AppraisalDecisionView> decisions) {
	}

}
