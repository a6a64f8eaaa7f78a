package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.target.TargetEnums.AdjustmentReason;
import cn.gov.finance.perf.target.TargetEnums.CriterionRating;
import cn.gov.finance.perf.target.TargetEnums.ReviewStep;
import cn.gov.finance.perf.target.TargetEnums.TargetGrade;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class TargetController {

	private final TargetService service;

	private final TargetViews views;

	TargetController(TargetService service, TargetViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "The template weights that a target sheet's indicators add up to")
	@GetMapping("/weight-template")
	WeightTemplateView template() {
		WeightTemplate t = this.service.template();
		return new WeightTemplateView(t.getExecutionWeight(), t.getOutputWeight(), t.getBenefitWeight(), t.getSatisfactionWeight());
	}

	@Operation(summary = "Change the template weights; they must add up to 100 (administrator, performance office)")
	@PutMapping("/weight-template")
	WeightTemplateView updateTemplate(@AuthenticationPrincipal AppUser user, @Valid @RequestBody TargetForms.Weights weights) {
		WeightTemplate t = this.service.updateTemplate(weights, user);
		return new WeightTemplateView(t.getExecutionWeight(), t.getOutputWeight(), t.getBenefitWeight(), t.getSatisfactionWeight());
	}

	@Operation(summary = "The target sheet a task is about")
	@GetMapping("/tasks/{taskId}/target-sheet")
	TargetSheetView sheetOfTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.sheetOfTask(taskId, user);
	}

	@Operation(summary = "Save the target sheet as a draft (the task stays open)")
	@PutMapping("/tasks/{taskId}/target-sheet")
	TargetSheetView saveDraft(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody TargetSheetForm form) {
		return TargetSheetView.of(this.service.saveDraft(taskId, form, user), List.of());
	}

	@Operation(summary = "Submit the target sheet for review and complete the task")
	@PostMapping("/tasks/{taskId}/target-sheet")
	TargetSheetView submit(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody TargetSheetForm form) {
		return TargetSheetView.of(this.service.submit(taskId, form, user), List.of());
	}

	@Operation(summary = "The department passes or returns its unit's targets")
	@PostMapping("/tasks/{taskId}/target-department-review")
	@ResponseStatus(HttpStatus.CREATED)
	TargetReviewView departmentReview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody TargetForms.DepartmentReview form) {
		return TargetReviewView.of(this.service.departmentReview(taskId, form, user));
	}

	@Operation(summary = "Finance reviews the targets against the four criteria and grades them")
	@PostMapping("/tasks/{taskId}/target-finance-review")
	@ResponseStatus(HttpStatus.CREATED)
	TargetReviewView financeReview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody TargetForms.FinanceReview form) {
		return TargetReviewView.of(this.service.financeReview(taskId, form, user));
	}

	@Operation(summary = "The budget office approves budget and targets in one step, or does not fund the item")
	@PostMapping("/tasks/{taskId}/budget-approval")
	@ResponseStatus(HttpStatus.CREATED)
	TargetReviewView budgetApproval(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody TargetForms.BudgetApproval form) {
		return TargetReviewView.of(this.service.budgetApproval(taskId, form, user));
	}

	@Operation(summary = "Every version of an item's target sheet with its reviews")
	@GetMapping("/items/{code}/target-sheets")
	List<TargetSheetView> history(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return this.views.history(code, user);
	}

	@Operation(summary = "Ask to adjust the approved target; the new version goes through the same review")
	@PostMapping("/items/{code}/target-adjustments")
	ResponseEntity<TargetSheetView> adjust(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@Valid @RequestBody TargetForms.AdjustmentRequest request) {
		TargetSheet draft = this.service.startAdjustment(code, request, user);
		return ResponseEntity.created(URI.create("/api/items/" + code + "/target-sheets"))
			.body(TargetSheetView.of(draft, List.of()));
	}

	record WeightTemplateView(BigDecimal executionWeight, BigDecimal outputWeight, BigDecimal benefitWeight,
			BigDecimal satisfactionWeight) {
	}

	record TargetIndicatorView(String level1, String level2, String name, @Nullable Long indicatorId,
			IndicatorComparator comparator, @Nullable BigDecimal targetValue, @Nullable String targetText,
			@Nullable String unit, BigDecimal weight) {

		static TargetIndicatorView of(TargetIndicator i) {
			return new TargetIndicatorView(i.getLevel1(), i.getLevel2(), i.getName(), i.getIndicatorId(), i.getComparator(),
					i.getTargetValue(), i.getTargetText(), i.getUnit(), i.getWeight());
		}
	}

	record TargetReviewView(ReviewStep step, String decision, @Nullable TargetGrade grade,
			@Nullable CriterionRating completeness, @Nullable CriterionRating relevance,
			@Nullable CriterionRating appropriateness, @Nullable CriterionRating feasibility,
			@Nullable BigDecimal approvedAmount, String opinion, String reviewedBy, Instant reviewedAt) {

		static TargetReviewView of(TargetReview r) {
			return new TargetReviewView(r.getStep(), r.getDecision(), r.getGrade(), r.getCompleteness(), r.getRelevance(),
					r.getAppropriateness(), r.getFeasibility(), r.getApprovedAmount(), r.getOpinion(), r.getReviewedBy(),
					r.getReviewedAt());
		}
	}

	record TargetSheetView(long id, int version, SheetStatus status, @Nullable String overallGoal,
			@Nullable String annualGoal, @Nullable AdjustmentReason adjustmentReason, @Nullable String adjustmentNote,
			@Nullable TargetGrade grade, String createdBy, Instant createdAt, @Nullable Instant submittedAt,
			@Nullable Instant decidedAt, List<TargetIndicatorView> indicators, List<TargetReviewView> reviews) {

		static TargetSheetView of(TargetSheet s, List<TargetReview> reviews) {
			return new TargetSheetView(s.getId(), s.getVersionNo(), s.getStatus(), s.getOverallGoal(), s.getAnnualGoal(),
					s.getAdjustmentReason(), s.getAdjustmentNote(), s.getGrade(), s.getCreatedBy(), s.getCreatedAt(),
					s.getSubmittedAt(), s.getDecidedAt(), s.getIndicators().stream().map(TargetIndicatorView::of).toList(),
					reviews.stream().map(TargetReviewView::of).toList());
		}
	}

}
