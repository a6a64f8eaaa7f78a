package cn.gov.finance.perf.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.audit.AuditFinding.Category;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
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
class AuditReviewController {

	private final AuditReviewService service;

	private final BudgetItemRepository items;

	AuditReviewController(AuditReviewService service, BudgetItemRepository items) {
		this.service = service;
		this.items = items;
	}

	@Operation(summary = "Open an audit review on an item (audit office)")
	@PostMapping("/items/{code}/audit-reviews")
	@Transactional
	@ResponseStatus(HttpStatus.CREATED)
	AuditReviewView open(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@Valid @RequestBody AuditForms.AuditReviewOpen form) {
		return view(this.service.open(code, form, user));
	}

	@Operation(summary = "The audit reviews of an item the user may read")
	@GetMapping("/items/{code}/audit-reviews")
	@Transactional(readOnly = true)
	List<AuditReviewView> ofItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return views(this.service.ofItem(code, user));
	}

	@Operation(summary = "Every audit review, newest first (finance, audit, administrators)")
	@GetMapping("/audit-reviews")
	@Transactional(readOnly = true)
	List<AuditReviewView> all(@AuthenticationPrincipal AppUser user) {
		return views(this.service.all(user));
	}

	@Operation(summary = "The audit review a task is about")
	@GetMapping("/tasks/{taskId}/audit-review")
	@Transactional(readOnly = true)
	AuditReviewView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return view(this.service.ofTask(taskId, user));
	}

	@Operation(summary = "Record a finding; sending the same clientKey again records nothing new")
	@PostMapping("/tasks/{taskId}/audit-findings")
	@Transactional
	AuditReviewView addFinding(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AuditForms.AuditFindingInput form) {
		return view(this.service.addFinding(taskId, form, user));
	}

	@Operation(summary = "Refer a finding to discipline inspection (纪检监察); once per finding")
	@PostMapping("/tasks/{taskId}/audit-findings/{findingId}/referral")
	@Transactional
	AuditReviewView refer(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @PathVariable Long findingId,
			@Valid @RequestBody AuditForms.AuditReferral form) {
		return view(this.service.refer(taskId, findingId, form, user));
	}

	@Operation(summary = "Close the review with its conclusion; completes the task")
	@PostMapping("/tasks/{taskId}/audit-review-close")
	@Transactional
	AuditReviewView close(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AuditForms.AuditReviewClose form) {
		return view(this.service.close(taskId, form, user));
	}

	private AuditReviewView view(AuditReview review) {
		return views(List.of(review)).get(0);
	}

	private List<AuditReviewView> views(List<AuditReview> reviews) {
		Set<String> codes = reviews.stream().map(AuditReview::getItemCode).collect(Collectors.toSet());
		Map<String, BudgetItem> byCode = this.items.findAllByCodeIn(codes)
			.stream()
			.collect(Collectors.toMap(BudgetItem::getCode, Function.identity()));
		return reviews.stream().map(r -> {
			BudgetItem item = byCode.get(r.getItemCode());
			return new AuditReviewView(r.getId(), r.getItemCode(), item == null ? r.getItemCode() : item.getName(),
					item == null ? null : item.getDepartmentCode(), r.getScope(), r.getStatus(), r.getConclusion(),
					r.getOpenedBy(), r.getOpenedAt(), r.getClosedBy(), r.getClosedAt(),
					r.getFindings()
						.stream()
						.map(f -> new AuditFindingView(f.getId(), f.getCategory(), f.isSerious(), f.getDescription(),
								f.getAmount(), f.getRecordedBy(), f.getRecordedAt(), f.isReferred(), f.getReferredTo(),
								f.getReferralNo(), f.getReferralReason(), f.getReferredBy(), f.getReferredAt()))
						.toList());
		}).toList();
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
