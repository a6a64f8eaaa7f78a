package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.evaluation.EvaluationEnums.EvaluationStatus;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Step;
import cn.gov.finance.perf.evaluation.Scoring.Achievement;
import cn.gov.finance.perf.evaluation.process.EvaluationCalendar;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.Problems;
import cn.gov.finance.perf.system.ExportLabels;
import cn.gov.finance.perf.system.Xlsx;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class EvaluationController {

	private final SelfEvaluationService service;

	private final SelfEvaluationViews views;

	private final EvaluationWindows windows;

	private final EvaluationCalendar calendar;

	private final BudgetItemRepository items;

	private final OrgDirectory directory;

	private final AppClock clock;

	private final SelfEvaluationCoverage coverage;

	private final Problems messages;

	EvaluationController(SelfEvaluationService service, SelfEvaluationViews views, EvaluationWindows windows,
			EvaluationCalendar calendar, BudgetItemRepository items, OrgDirectory directory, AppClock clock,
			SelfEvaluationCoverage coverage, Problems messages) {
		this.messages = messages;
		this.clock = clock;
		this.coverage = coverage;
		this.service = service;
		this.views = views;
		this.windows = windows;
		this.calendar = calendar;
		this.items = items;
		this.directory = directory;
	}

	@Operation(summary = "The self-evaluation a task is about")
	@GetMapping("/tasks/{taskId}/self-evaluation")
	EvaluationView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.ofTask(taskId, user);
	}

	@Operation(summary = "Score a self-evaluation as typed, without saving it (live score and grade)")
	@PostMapping("/tasks/{taskId}/self-evaluation/preview")
	ScorePreview preview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody SelfEvaluationForms.Fill form) {
		SelfEvaluationService.Preview preview = this.service.preview(taskId, form, user);
		// What is still missing, in the reader's language, as a validation problem would say it.
		List<FieldMessage> problems = this.messages.render(preview.problems(),
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return new ScorePreview(preview.rows(), preview.execution(), preview.total(), preview.grade(), problems);
	}

	@Operation(summary = "Submit the self-evaluation (scored by the rules) and complete the task")
	@PostMapping("/tasks/{taskId}/self-evaluation")
	EvaluationView submit(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody SelfEvaluationForms.Fill form) {
		return this.views.view(this.service.submit(taskId, form, user).getId());
	}

	@Operation(summary = "The department passes or returns its unit's self-evaluation")
	@PostMapping("/tasks/{taskId}/self-evaluation-department-review")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationDecisionView departmentReview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody SelfEvaluationForms.EvaluationDepartmentReview form) {
		return EvaluationDecisionView.of(this.service.departmentReview(taskId, form, user));
	}

	@Operation(summary = "Finance re-checks the self-evaluation, accepting it or changing scores with a reason")
	@PostMapping("/tasks/{taskId}/self-evaluation-recheck")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationDecisionView recheck(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody SelfEvaluationForms.Recheck form) {
		return EvaluationDecisionView.of(this.service.recheck(taskId, form, user));
	}

	@Operation(summary = "The department head acts on an overdue self-evaluation")
	@PostMapping("/tasks/{taskId}/self-evaluation-chase")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationDecisionView chase(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody SelfEvaluationForms.EvaluationChase form) {
		return EvaluationDecisionView.of(this.service.chase(taskId, form, user));
	}

	@Operation(summary = "The item's self-evaluation with its decisions (empty before it opens)")
	@GetMapping("/items/{code}/self-evaluation")
	List<EvaluationView> ofItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return this.views.ofItem(code, user);
	}

	@Operation(summary = "Set when self-evaluation of a fiscal year opens and is due (administrator, performance office)")
	@PutMapping("/evaluation-windows")
	WindowView saveWindow(@AuthenticationPrincipal AppUser user, @Valid @RequestBody SelfEvaluationForms.Window form) {
		EvaluationWindow window = this.windows.save(form, user);
		return new WindowView(window.getFiscalYear(), window.getOpensOn(), window.getDueOn());
	}

	@Operation(summary = "Self-evaluation coverage of a fiscal year: the year's totals and a page of funded items, submitted or missing, with their owners")
	@GetMapping("/evaluations/coverage")
	Coverage coverage(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String divisionCode, @RequestParam(defaultValue = "false") boolean missingOnly,
			@RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(0) int page,
			@RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(500) int size) {
		SelfEvaluationCoverage.Totals totals = this.coverage.totals(user, fiscalYear, divisionCode);
		List<SelfEvaluationCoverage.CoverageRow> rows = this.coverage.page(user, fiscalYear, divisionCode, missingOnly, page, size);
		long total = missingOnly ? this.coverage.count(user, fiscalYear, divisionCode, true) : totals.funded();
		return new Coverage(fiscalYear, totals.funded(), totals.submitted(), totals.missing(), rows, total, page, size);
	}

	@Operation(summary = "Self-evaluation coverage of a fiscal year as an xlsx workbook, every row")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/evaluations/coverage/export")
	void coverageExport(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String divisionCode, @RequestParam(defaultValue = "false") boolean missingOnly,
			HttpServletResponse response) {
		Xlsx.send(response, "self-evaluation-coverage-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("自评覆盖 " + fiscalYear, List.of(new Xlsx.Column("项目编码", 16), new Xlsx.Column("项目名称", 40),
					new Xlsx.Column("部门", 24), new Xlsx.Column("自评主体", 24), new Xlsx.Column("截止日期", 12),
					new Xlsx.Column("自评状态", 12), new Xlsx.Column("已提交", 8), new Xlsx.Column("缺报", 8),
					new Xlsx.Column("总分", 8), new Xlsx.Column("等级", 8)));
			this.coverage.forEach(user, fiscalYear, divisionCode, missingOnly,
					r -> xlsx.row(r.itemCode(), r.itemName(), r.departmentName(), r.ownerName(), r.dueOn(),
							r.status() == null ? null : switch (r.status()) {
				case OPEN -> "待自评";
				case SUBMITTED -> "已报送";
				case FIXED -> "结果已确定";
			}, r.submitted(), r.missing(), r.totalScore(),
							r.grade() == null ? null : r.grade().label()));
		});
	}

	record ScorePreview(List<BigDecimal> rows, BigDecimal execution, BigDecimal total, Grade grade,
			List<FieldMessage> problems) {
	}

	record WindowView(int fiscalYear, LocalDate opensOn, LocalDate dueOn) {
	}

	record Coverage(int fiscalYear, long funded, long submitted, long missing, List<SelfEvaluationCoverage.CoverageRow> items,
			long totalElements, int page, int size) {
	}

	record EvaluationRowView(String level1, String name, IndicatorComparator comparator, @Nullable BigDecimal targetValue,
			@Nullable String targetText, @Nullable String unit, BigDecimal weight, @Nullable BigDecimal actualValue,
			@Nullable String actualText, @Nullable Achievement achievement, @Nullable BigDecimal score,
			@Nullable String explanation) {

		static EvaluationRowView of(SelfEvaluationRow r) {
			return new EvaluationRowView(r.getLevel1(), r.getName(), r.getComparator(), r.getTargetValue(), r.getTargetText(),
					r.getUnit(), r.getWeight(), r.getActualValue(), r.getActualText(), r.getAchievement(), r.getScore(),
					r.getExplanation());
		}
	}

	record EvaluationDecisionView(Step step, String decision, String opinion, String decidedBy, Instant decidedAt) {

		static EvaluationDecisionView of(EvaluationDecision d) {
			return new EvaluationDecisionView(d.getStep(), d.getDecision(), d.getOpinion(), d.getDecidedBy(), d.getDecidedAt());
		}
	}

	record EvaluationView(long id, EvaluationStatus status, BigDecimal budgetAmount, @Nullable BigDecimal spentAmount,
			BigDecimal executionWeight, @Nullable BigDecimal executionScore, @Nullable BigDecimal totalScore,
			@Nullable Grade grade, boolean overdue, @Nullable String summary, @Nullable String filledBy,
			@Nullable Instant submittedAt, @Nullable String recheckedBy, @Nullable String recheckReason,
			@Nullable Instant fixedAt, List<EvaluationRowView> rows, List<EvaluationDecisionView> decisions) {

		static EvaluationView of(SelfEvaluation e, List<EvaluationDecision> decisions) {
			return new EvaluationView(e.getId(), e.getStatus(), e.getBudgetAmount(), e.getSpentAmount(),
					e.getExecutionWeight(), e.getExecutionScore(), e.getTotalScore(), e.getGrade(), e.isOverdue(),
					e.getSummary(), e.getFilledBy(), e.getSubmittedAt(), e.getRecheckedBy(), e.getRecheckReason(),
					e.getFixedAt(), e.getRows().stream().map(EvaluationRowView::of).toList(),
					decisions.stream().map(EvaluationDecisionView::of).toList());
		}
	}

}
