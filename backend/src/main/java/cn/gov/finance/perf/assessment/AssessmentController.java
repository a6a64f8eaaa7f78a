package cn.gov.finance.perf.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.org.OrgDirectory;
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
class AssessmentController {

	private final AssessmentService service;

	private final ItemAccess access;

	private final OrgDirectory directory;

	AssessmentController(AssessmentService service, ItemAccess access, OrgDirectory directory) {
		this.service = service;
		this.access = access;
		this.directory = directory;
	}

	@Operation(summary = "The assessment template (dimensions and maximum scores) for a kind of item")
	@GetMapping("/assessment-dimensions")
	List<DimensionView> dimensions(@RequestParam ItemKind kind) {
		return this.service.template(kind).stream().map(DimensionView::of).toList();
	}

	@Operation(summary = "Submit the ex-ante assessment and complete the fill task")
	@PostMapping("/tasks/{taskId}/assessment")
	@ResponseStatus(HttpStatus.CREATED)
	AssessmentSubmitted submit(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody AssessmentForm form) {
		Assessment assessment = this.service.submit(taskId, form, user);
		return new AssessmentSubmitted(assessment.getRoundNo(), assessment.getTotalScore());
	}

	@Operation(summary = "Decide on the ex-ante assessment and complete the review task")
	@PostMapping("/tasks/{taskId}/assessment-review")
	@ResponseStatus(HttpStatus.CREATED)
	AssessmentReviewView review(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ReviewForm form) {
		return AssessmentReviewView.of(this.service.review(taskId, form, user), this.directory.names());
	}

	@Operation(summary = "Every assessment round of an item with finance's decisions")
	@GetMapping("/items/{code}/assessments")
	List<AssessmentView> history(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		BudgetItem item = this.access.requireVisible(code, user);
		List<Assessment> rounds = this.service.history(item);
		Map<Long, AssessmentReview> reviews = this.service.reviewsOf(rounds);
		Map<String, AssessmentDimension> template = this.service.template(item.getKind())
			.stream()
			.collect(Collectors.toMap(AssessmentDimension::getCode, Function.identity()));
		OrgDirectory.Names names = this.directory.names();
		return rounds.stream().map(a -> AssessmentView.of(a, reviews.get(a.getId()), template, names)).toList();
	}

	record DimensionView(String code, String name, String nameEn, BigDecimal maxScore) {

		static DimensionView of(AssessmentDimension d) {
			return new DimensionView(d.getCode(), d.getName(), d.getNameEn(), d.getMaxScore());
		}
	}

	record AssessmentSubmitted(int round, BigDecimal totalScore) {
	}

	record ScoreView(String dimension, String name, String nameEn, @Nullable BigDecimal maxScore, BigDecimal score,
			@Nullable String remark) {
	}

	record AssessmentReviewView(AssessmentDecision decision, String opinion, @Nullable String thirdPartyCode,
			@Nullable String thirdPartyName, String reviewedBy, Instant reviewedAt) {

		static AssessmentReviewView of(AssessmentReview r, OrgDirectory.Names names) {
			return r == null ? null : new AssessmentReviewView(r.getDecision(), r.getOpinion(), r.getThirdPartyCode(),
					names.org(r.getThirdPartyCode()), r.getReviewedBy(), r.getReviewedAt());
		}
	}

	record AssessmentView(int round, @Nullable String assessorOrg, @Nullable String assessorOrgName,
			List<ScoreView> scores, BigDecimal totalScore, AssessmentDecision conclusion, String summary,
			String submittedBy, Instant submittedAt, @Nullable AssessmentReviewView review) {

		static AssessmentView of(Assessment a, AssessmentReview review, Map<String, AssessmentDimension> template,
				OrgDirectory.Names names) {
			List<ScoreView> scores = a.getScores()
				.stream()
				.sorted(java.util.Comparator.comparingInt(s -> template.containsKey(s.getDimensionCode())
						? template.get(s.getDimensionCode()).getSortOrder() : Integer.MAX_VALUE))
				.map(s -> {
				AssessmentDimension d = template.get(s.getDimensionCode());
				return new ScoreView(s.getDimensionCode(), d == null ? s.getDimensionCode() : d.getName(),
						d == null ? s.getDimensionCode() : d.getNameEn(), d == null ? null : d.getMaxScore(),
						s.getScore(), s.getRemark());
			}).toList();
			return new AssessmentView(a.getRoundNo(), a.getAssessorOrg(), names.org(a.getAssessorOrg()), scores,
					a.getTotalScore(), a.getConclusion(), a.getSummary(), a.getSubmittedBy(), a.getSubmittedAt(),
					AssessmentReviewView.of(review, names));
		}
	}

}
