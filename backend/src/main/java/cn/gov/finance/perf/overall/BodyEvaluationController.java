package cn.gov.finance.perf.overall;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.overall.BodyEvaluationStatus.Step;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class BodyEvaluationController {

	private final BodyEvaluationService service;

	private final BodyEvaluationViews views;

	BodyEvaluationController(BodyEvaluationService service, BodyEvaluationViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "Start a department-overall or county fiscal-operation evaluation (performance office)")
	@PostMapping("/body-evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	BodyEvaluationView start(@AuthenticationPrincipal AppUser user,
			@Valid @RequestBody BodyEvaluationForms.BodyEvaluationStart form) {
		return this.views.view(this.service.start(form, user).getId());
	}

	@Operation(summary = "The body evaluations of a fiscal year the user may see")
	@GetMapping("/body-evaluations")
	List<BodyEvaluationView> ofYear(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear) {
		return this.views.ofYear(fiscalYear, user);
	}

	@Operation(summary = "One body evaluation with its dimensions and decisions")
	@GetMapping("/body-evaluations/{id}")
	BodyEvaluationView one(@AuthenticationPrincipal AppUser user, @PathVariable Long id) {
		return this.views.visible(id, user);
	}

	@Operation(summary = "The body evaluation a task is about")
	@GetMapping("/tasks/{taskId}/body-evaluation")
	BodyEvaluationView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.ofTask(taskId, user);
	}

	@Operation(summary = "The body's self-report: a score and note per dimension and a summary; completes the task")
	@PostMapping("/tasks/{taskId}/body-evaluation-self-report")
	BodyEvaluationView selfReport(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody BodyEvaluationForms.BodySelfReport form) {
		return this.views.view(this.service.selfReport(taskId, form, user).getId());
	}

	@Operation(summary = "Finance scores every dimension, or returns the self-report; completes the task")
	@PostMapping("/tasks/{taskId}/body-evaluation-finance-score")
	BodyEvaluationView financeScore(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody BodyEvaluationForms.BodyFinanceScore form) {
		return this.views.view(this.service.financeScore(taskId, form, user).getId());
	}

	@Operation(summary = "The budget office confirms the amount linked to the result; completes the task")
	@PostMapping("/tasks/{taskId}/body-evaluation-linkage")
	BodyEvaluationView confirmLinkage(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody BodyEvaluationForms.BodyLinkage form) {
		return this.views.view(this.service.confirmLinkage(taskId, form, user).getId());
	}

	@Operation(summary = "Finance records how it chased an overdue self-report; completes the task")
	@PostMapping("/tasks/{taskId}/body-evaluation-chase")
	BodyEvaluationView chase(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody BodyEvaluationForms.BodyChase form) {
		return this.views.view(this.service.chase(taskId, form, user).getId());
	}

	record BodyRowView(BodyDimension dimension, String label, BigDecimal weight, @Nullable BigDecimal selfScore,
			@Nullable String selfNote, @Nullable BigDecimal score) {
	}

	record BodyDecisionView(Step step, String decision, String opinion, String decidedBy, Instant decidedAt) {
	}

	record BodyEvaluationView(long id, BodyKind kind, int fiscalYear, String subjectCode, String subjectName,
			BodyEvaluationStatus status, LocalDate selfReportDue, boolean selfReportOverdue, @Nullable String selfSummary,
			@Nullable String reportedBy, @Nullable Instant reportedAt, @Nullable BigDecimal totalScore,
			@Nullable Grade grade, @Nullable String scoredBy, BigDecimal baseAmount, @Nullable String linkageAction,
			@Nullable BigDecimal linkageRate, @Nullable BigDecimal proposedAmount, @Nullable BigDecimal confirmedAmount,
			@Nullable String confirmedBy, @Nullable Instant confirmedAt, String startedBy, Instant startedAt,
			List<BodyRowView> rows, List<BodyDecisionView> decisions) {
	}

}
