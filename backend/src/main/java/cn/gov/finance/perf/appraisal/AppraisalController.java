package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.appraisal.AppraisalStatus.EntryStatus;
import cn.gov.finance.perf.appraisal.AppraisalStatus.Step;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.overall.BodyKind;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final AppraisalViews views;

	AppraisalController(AppraisalService service, AppraisalViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "Open the appraisal of a fiscal year for every League department and county finance bureau (performance office)")
	@PostMapping("/appraisals")
	@ResponseStatus(HttpStatus.CREATED)
	AppraisalView start(@AuthenticationPrincipal AppUser user, @Valid @RequestBody AppraisalForms.AppraisalStart form) {
		return this.views.view(this.service.start(form, user).getId(), user);
	}

	@Operation(summary = "The appraisal of a fiscal year: finance and audit see it as it goes, everyone else once circulated")
	@GetMapping("/appraisals/{fiscalYear}")
	AppraisalView ofYear(@AuthenticationPrincipal AppUser user, @PathVariable @FiscalYear int fiscalYear) {
		return this.views.ofYear(fiscalYear, user);
	}

	@Operation(summary = "The grades the grade table gives some scores (live preview while scoring); stores nothing")
	@PostMapping("/appraisals/grade-preview")
	AppraisalGrades preview(@Valid @RequestBody AppraisalForms.AppraisalGradePreview form) {
		return new AppraisalGrades(this.service.grades(form.scores()));
	}

	@Operation(summary = "The appraisal a task is about, with the body it concerns")
	@GetMapping("/tasks/{taskId}/appraisal")
	AppraisalView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.ofTask(taskId, user);
	}

	@Operation(summary = "Finance scores every body of the round; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-scores")
	AppraisalView score(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalScores form) {
		return this.views.view(this.service.score(taskId, form, user).getId(), user);
	}

	@Operation(summary = "Finance releases the circular (通报) or sends the scores back; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-circulation")
	AppraisalView circulate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalCirculation form) {
		return this.views.view(this.service.circulate(taskId, form, user).getId(), user);
	}

	@Operation(summary = "Finance records the interview (约谈) with a poor body and its rectification deadline; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-interview")
	AppraisalView interview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalInterview form) {
		return this.views.view(this.service.interview(taskId, form, user).getId(), user);
	}

	@Operation(summary = "The body reports its rectification; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-rectification")
	AppraisalView rectify(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalRectification form) {
		return this.views.view(this.service.rectify(taskId, form, user).getId(), user);
	}

	@Operation(summary = "Finance accepts the rectification or sends it back; completes the task")
	@PostMapping("/tasks/{taskId}/appraisal-verification")
	AppraisalView verify(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AppraisalForms.AppraisalVerification form) {
		return this.views.view(this.service.verify(taskId, form, user).getId(), user);
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
			@Nullable Long focusEntryId, List<AppraisalEntryView> entries, List<AppraisalDecisionView> decisions,
			List<SkippedCounty> skippedCounties) {
	}

	/** A county left out of the round because it had no finance bureau when the round was opened. */
	record SkippedCounty(String divisionCode, String name) {
	}

}
