package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class ApplicationController {

	private final ResultApplicationService service;

	private final ResultApplicationViews views;

	ApplicationController(ResultApplicationService service, ResultApplicationViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "The result application a task is about")
	@GetMapping("/tasks/{taskId}/result-application")
	ApplicationView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.ofTask(taskId, user);
	}

	@Operation(summary = "Feed the evaluation result back to the evaluated body")
	@PostMapping("/tasks/{taskId}/result-feedback")
	ApplicationView feedback(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ApplicationForms.Feedback form) {
		return this.views.view(this.service.sendFeedback(taskId, form, user).getId());
	}

	@Operation(summary = "The evaluated body's rectification plan: the items of the rectification ledger")
	@PostMapping("/tasks/{taskId}/rectification-plan")
	ApplicationView plan(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ApplicationForms.Plan form) {
		return this.views.view(this.service.submitPlan(taskId, form, user).getId());
	}

	@Operation(summary = "Report which rectification items are closed, with evidence")
	@PostMapping("/tasks/{taskId}/rectification-closure")
	ApplicationView closure(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ApplicationForms.ClosureReport form) {
		return this.views.view(this.service.reportClosure(taskId, form, user).getId());
	}

	@Operation(summary = "Finance verifies the closure of the rectification ledger")
	@PostMapping("/tasks/{taskId}/closure-verification")
	ApplicationView verifyClosure(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ApplicationForms.ClosureVerification form) {
		return this.views.view(this.service.verifyClosure(taskId, form, user).getId());
	}

	@Operation(summary = "The budget office records the result's link to next year's budget")
	@PostMapping("/tasks/{taskId}/budget-linkage")
	ApplicationView linkage(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ApplicationForms.Linkage form) {
		return this.views.view(this.service.confirmLinkage(taskId, form, user).getId());
	}

	@Operation(summary = "The item's result application (empty before its result is fixed)")
	@GetMapping("/items/{code}/result-application")
	List<ApplicationView> ofItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return this.views.ofItem(code, user);
	}

	record RectificationView(long id, String issue, String measure, LocalDate deadline, String status,
			@Nullable String evidence, @Nullable Instant closedAt) {

		static RectificationView of(RectificationItem r) {
			return new RectificationView(r.getId(), r.getIssue(), r.getMeasure(), r.getDeadline(), r.getStatus(),
					r.getEvidence(), r.getClosedAt());
		}
	}

	record ApplicationView(long id, String grade, BigDecimal totalScore, String resultSource, LocalDate feedbackDue,
			@Nullable String feedback, @Nullable Instant feedbackSentAt, boolean feedbackOverdue,
			@Nullable LocalDate planDue, @Nullable Instant planSubmittedAt, boolean planOverdue, int nextYear,
			String linkageAction, BigDecimal linkageRate, BigDecimal currentAmount, BigDecimal proposedAmount,
			@Nullable BigDecimal confirmedAmount, @Nullable String linkageConfirmedBy, @Nullable Instant closedAt,
			List<RectificationView> rectifications) {

		static ApplicationView of(ResultApplication a) {
			return new ApplicationView(a.getId(), a.getGrade(), a.getTotalScore(), a.getResultSource(), a.getFeedbackDue(),
					a.getFeedback(),
					a.getFeedbackSentAt(), a.isFeedbackOverdue(), a.getPlanDue(), a.getPlanSubmittedAt(), a.isPlanOverdue(),
					a.getNextYear(), a.getLinkageAction(), a.getLinkageRate(), a.getCurrentAmount(), a.getProposedAmount(),
					a.getConfirmedAmount(), a.getLinkageConfirmedBy(), a.getClosedAt(),
					a.getRectifications().stream().map(RectificationView::of).toList());
		}
	}

}
