package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Completion;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DecisionStep;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeclaredCause;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeviationClass;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import cn.gov.finance.perf.monitoring.MonitoringEnums.ReportStatus;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class MonitoringController {

	private final MonitoringService service;

	private final MonitoringViews views;

	private final MonitoringCalendarService calendar;

	private final cn.gov.finance.perf.item.BudgetItemRepository items;

	private final cn.gov.finance.perf.org.OrgDirectory directory;

	private final MonitoringRules rules;

	MonitoringController(MonitoringService service, MonitoringViews views, MonitoringCalendarService calendar,
			cn.gov.finance.perf.item.BudgetItemRepository items, cn.gov.finance.perf.org.OrgDirectory directory,
			MonitoringRules rules) {
		this.service = service;
		this.views = views;
		this.calendar = calendar;
		this.items = items;
		this.directory = directory;
		this.rules = rules;
	}

	@Operation(summary = "The execution value and warning light of an amount spent, decided by the ExecutionWarning table "
			+ "as a filed report's are (for the report form's preview while typing)")
	@GetMapping("/monitoring/warning-light")
	WarningLightView warningLight(@RequestParam @PositiveOrZero BigDecimal spent, @RequestParam BigDecimal budget,
			@RequestParam @Min(0) @Max(12) int months) {
		BigDecimal value = ExecutionRate.exact(spent, budget, months);
		return new WarningLightView(ExecutionRate.display(value), this.rules.light(value));
	}

	@Operation(summary = "The monitoring report a task is about")
	@GetMapping("/tasks/{taskId}/monitoring-report")
	ReportView reportOfTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.views.reportOfTask(taskId, user);
	}

	@Operation(summary = "File the dual monitoring report (targets and spending) and complete the task")
	@PostMapping("/tasks/{taskId}/monitoring-report")
	ReportView submit(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.Report form) {
		MonitoringReport report = this.service.submit(taskId, form, user);
		return ReportView.of(report, this.service.period(report.getPeriodId()), List.of());
	}

	@Operation(summary = "The department passes or returns its unit's monitoring report")
	@PostMapping("/tasks/{taskId}/monitoring-department-review")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView departmentReview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.ReportDepartmentReview form) {
		return DecisionView.of(this.service.departmentReview(taskId, form, user));
	}

	@Operation(summary = "Finance reviews a key-monitored item's report and classifies its deviation")
	@PostMapping("/tasks/{taskId}/monitoring-key-review")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView keyReview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.KeyReview form) {
		return DecisionView.of(this.service.keyReview(taskId, form, user));
	}

	@Operation(summary = "The budget office suspends or stops payment for a serious problem")
	@PostMapping("/tasks/{taskId}/payment-decision")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView paymentDecision(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.PaymentDecision form) {
		return DecisionView.of(this.service.paymentDecision(taskId, form, user));
	}

	@Operation(summary = "The department reports its rectification")
	@PostMapping("/tasks/{taskId}/rectification")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView rectification(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.Rectification form) {
		return DecisionView.of(this.service.rectification(taskId, form, user));
	}

	@Operation(summary = "Finance verifies the rectification: payment resumes, or the funds are recovered")
	@PostMapping("/tasks/{taskId}/rectification-verification")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView verification(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.Verification form) {
		return DecisionView.of(this.service.verification(taskId, form, user));
	}

	@Operation(summary = "The budget office confirms (or declines) the proposed recovery for slow execution")
	@PostMapping("/tasks/{taskId}/recovery-confirmation")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView confirmRecovery(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.RecoveryConfirmation form) {
		return DecisionView.of(this.service.confirmRecovery(taskId, form, user));
	}

	@Operation(summary = "The department head acts on an overdue report")
	@PostMapping("/tasks/{taskId}/overdue-chase")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView chase(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.Chase form) {
		return DecisionView.of(this.service.chase(taskId, form, user));
	}

	@Operation(summary = "The department confirms the funds have been passed down to the lower level")
	@PostMapping("/tasks/{taskId}/pass-down")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void passDown(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody MonitoringForms.PassDown form) {
		this.service.passDown(taskId, form, user);
	}

	@Operation(summary = "Every monitoring report of an item, with its decisions")
	@GetMapping("/items/{code}/monitoring-reports")
	List<ReportView> reports(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return this.views.reports(code, user);
	}

	@Operation(summary = "Monitoring reports across items (overdue ones, red lights…), a page with the total: all for finance, own for a department")
	@GetMapping("/monitoring-reports")
	PageView<OverviewRow> overview(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) @FiscalYear Integer fiscalYear, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Light light, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		org.springframework.data.domain.Page<MonitoringReport> reports = this.service.overview(user, fiscalYear, overdue,
				light, page, size);
		Map<Long, BudgetItem> items = this.items
			.findAllById(reports.getContent().stream().map(MonitoringReport::getItemId).distinct().toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(BudgetItem::getId, java.util.function.Function.identity()));
		Map<Long, MonitoringPeriod> periods = new java.util.HashMap<>();
		cn.gov.finance.perf.org.OrgDirectory.Names names = this.directory.names();
		return PageView.of(reports, r -> {
			BudgetItem item = items.get(r.getItemId());
			MonitoringPeriod period = periods.computeIfAbsent(r.getPeriodId(), this.service::period);
			return new OverviewRow(item.getCode(), item.getName(), names.org(item.getDepartmentCode()), period.getName(),
					period.getDueDate(), r.getStatus(), r.getLight(), ExecutionRate.display(r.getExecutionValue()), r.isOverdue(),
					r.getDeviationClass());
		});
	}

	@Operation(summary = "Pick an item for key monitoring by finance, or drop it (finance performance office)")
	@PutMapping("/items/{code}/key-monitoring")
	MonitoringForms.KeyMonitoring keyMonitoring(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@Valid @RequestBody MonitoringForms.KeyMonitoring request) {
		this.service.flagKeyMonitoring(code, request.enabled(), user);
		return request;
	}

	@Operation(summary = "The monitoring calendar of a fiscal year")
	@GetMapping("/monitoring-periods")
	List<PeriodView> periods(@RequestParam @FiscalYear int fiscalYear, @RequestParam(required = false) String divisionCode) {
		return this.calendar.list(fiscalYear, divisionCode).stream().map(PeriodView::of).toList();
	}

	@Operation(summary = "Add a monitoring period (administrator, finance)")
	@PostMapping("/monitoring-periods")
	ResponseEntity<PeriodView> createPeriod(@AuthenticationPrincipal AppUser user,
			@Valid @RequestBody MonitoringForms.Period form) {
		MonitoringPeriod period = this.calendar.create(form, user);
		return ResponseEntity.created(URI.create("/api/monitoring-periods/" + period.getId())).body(PeriodView.of(period));
	}

	@Operation(summary = "Change a monitoring period (administrator, finance)")
	@PutMapping("/monitoring-periods/{id}")
	PeriodView updatePeriod(@AuthenticationPrincipal AppUser user, @PathVariable Long id,
			@Valid @RequestBody MonitoringForms.Period form) {
		return PeriodView.of(this.calendar.update(id, form, user));
	}

	/** An execution value as shown (one decimal; none without a budget) and the light decided on its exact value. */
	record WarningLightView(@Nullable BigDecimal executionValue, Light light) {
	}

	record OverviewRow(String itemCode, String itemName, String departmentName, String periodName, LocalDate dueDate,
			ReportStatus status, @Nullable Light light, @Nullable BigDecimal executionValue, boolean overdue,
			@Nullable DeviationClass deviationClass) {
	}

	record PeriodView(long id, String divisionCode, int fiscalYear, String name, LocalDate cutoffDate,
			LocalDate dueDate, @Nullable String updatedBy) {

		static PeriodView of(MonitoringPeriod p) {
			return new PeriodView(p.getId(), p.getDivisionCode(), p.getFiscalYear(), p.getName(), p.getCutoffDate(),
					p.getDueDate(), p.getUpdatedBy());
		}
	}

	record ProgressView(String level1, String name, String annualTarget, @Nullable String actualToDate,
			@Nullable Completion expectedCompletion, @Nullable String deviationReason,
			@Nullable String correctiveMeasure) {

		static ProgressView of(MonitoringIndicatorRow r) {
			return new ProgressView(r.getLevel1(), r.getName(), r.getAnnualTarget(), r.getActualToDate(),
					r.getExpectedCompletion(), r.getDeviationReason(), r.getCorrectiveMeasure());
		}
	}

	record DecisionView(DecisionStep step, String decision, @Nullable BigDecimal amount, String opinion,
			String decidedBy, Instant decidedAt) {

		static DecisionView of(MonitoringDecision d) {
			return new DecisionView(d.getStep(), d.getDecision(), d.getAmount(), d.getOpinion(), d.getDecidedBy(),
					d.getDecidedAt());
		}
	}

	record ReportView(long id, long periodId, String periodName, LocalDate cutoffDate, LocalDate dueDate,
			int elapsedMonths, ReportStatus status, BigDecimal budgetAmount, @Nullable BigDecimal spentAmount,
			@Nullable BigDecimal executionValue, @Nullable Light light, @Nullable DeclaredCause declaredCause,
			@Nullable String summary, boolean overdue, @Nullable DeviationClass deviationClass,
			@Nullable BigDecimal proposedRecovery, @Nullable String filledBy, @Nullable Instant submittedAt,
			List<ProgressView> indicators, List<DecisionView> decisions) {

		static ReportView of(MonitoringReport r, MonitoringPeriod p, List<MonitoringDecision> decisions) {
			return new ReportView(r.getId(), p.getId(), p.getName(), p.getCutoffDate(), p.getDueDate(), p.elapsedMonths(),
					r.getStatus(), r.getBudgetAmount(), r.getSpentAmount(), ExecutionRate.display(r.getExecutionValue()), r.getLight(),
					r.getDeclaredCause(), r.getSummary(), r.isOverdue(), r.getDeviationClass(), r.getProposedRecovery(),
					r.getFilledBy(), r.getSubmittedAt(), r.getIndicators().stream().map(ProgressView::of).toList(),
					decisions.stream().map(DecisionView::of).toList());
		}
	}

}
