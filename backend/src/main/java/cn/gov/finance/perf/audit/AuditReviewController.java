package cn.gov.finance.perf.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.audit.AuditFinding.Category;
import cn.gov.finance.perf.identity.AppUser;
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
class AuditReviewController {

	private final AuditReviewService service;

	private final AuditReviewViews views;

	AuditReviewController(AuditReviewService service, AuditReviewViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "Open an audit review on an item (audit office)")
	@PostMapping("/items/{code}/audit-reviews")
	@ResponseStatus(HttpStatus.CREATED)
	AuditReviewView open(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@Valid @RequestBody AuditForms.AuditReviewOpen form) {
		return this.views.view(this.service.open(code, form, user).getId());
	}

	@Operation(summary = "The audit reviews of an item the user may read")
	@GetMapping("/items/{code}/audit-reviews")
	List<AuditReviewView> ofItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return this.views.ofItem(code, user);
	}

	@Operation(summary = "Every audit review, newest first (finance, audit, administrators)")
	@GetMapping("/audit-reviews")
	List<AuditReviewView> all(@AuthenticationPrincipal AppUser user) {
		return this.views.all(user);
	}

	@Operation(summary = "The audit review a task is about")
	@GetMapping("/tasks/{taskId}/audit-review")
	AuditReviewView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.ofTask(taskId, user);
	}

	@Operation(summary = "Record a finding; sending the same clientKey again records nothing new")
	@PostMapping("/tasks/{taskId}/audit-findings")
	AuditReviewView addFinding(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AuditForms.AuditFindingInput form) {
		return this.views.view(this.service.addFinding(taskId, form, user).getId());
	}

	@Operation(summary = "Refer a finding to discipline inspection (纪检监察); once per finding")
	@PostMapping("/tasks/{taskId}/audit-findings/{findingId}/referral")
	AuditReviewView refer(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @PathVariable Long findingId,
			@Valid @RequestBody AuditForms.AuditReferral form) {
		return this.views.view(this.service.refer(taskId, findingId, form, user).getId());
	}

	@Operation(summary = "Close the review with its conclusion; completes the task")
	@PostMapping("/tasks/{taskId}/audit-review-close")
	AuditReviewView close(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AuditForms.AuditReviewClose form) {
		return this.views.view(this.service.close(taskId, form, user).getId());
	}

	record AuditFindingView(long id, Category category, boolean serious, String description, @Nullable BigDecimal amount,
			String recordedBy, Instant recordedAt, boolean referred, @Nullable String referredTo,
			@Nullable String referralNo, @Nullable String referralReason, @Nullable String referredBy,
			@Nullable Instant referredAt) {
	}

	record AuditReviewView(long id, String itemCode, String itemName, @Nullable String departmentCode, String scope,
			AuditReview.Status status, @Nullable String conclusion, String openedBy, Instant openedAt,
			@Nullable String closedBy, @Nullable Instant closedAt, List<AuditFindingView> findings) {
	}

}
