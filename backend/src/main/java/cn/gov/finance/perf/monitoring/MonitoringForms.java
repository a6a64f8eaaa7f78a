package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.monitoring.MonitoringEnums.Completion;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeclaredCause;
import cn.gov.finance.perf.monitoring.MonitoringEnums.DeviationClass;
import cn.gov.finance.perf.monitoring.MonitoringEnums.PaymentAction;
import cn.gov.finance.perf.monitoring.MonitoringEnums.RecoveryDecision;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Verdict;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the monitoring tasks and the calendar. */
public final class MonitoringForms {

	private MonitoringForms() {
	}

	/** The dual monitoring report: spending to date and the progress of every indicator. */
	public record Report(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal spentAmount,
			@NotNull DeclaredCause declaredCause, @Size(max = 2000) String summary,
			@NotNull @Size(max = 100) List<@Valid @NotNull IndicatorProgress> indicators) {
	}

	public record IndicatorProgress(@NotBlank @Size(max = 200) String actualToDate,
			@NotNull Completion expectedCompletion, @Size(max = 1000) String deviationReason,
			@Size(max = 1000) String correctiveMeasure) {
	}

	public record ReportDepartmentReview(@NotNull DepartmentDecision decision, @NotBlank @Size(max = 2000) String opinion) {
	}

	public record KeyReview(@NotNull DeviationClass deviationClass, @NotBlank @Size(max = 2000) String opinion) {
	}

	public record PaymentDecision(@NotNull PaymentAction action, @NotBlank @Size(max = 2000) String opinion) {
	}

	public record Rectification(@NotBlank @Size(max = 2000) String measures) {
	}

	public record Verification(@NotNull Verdict verdict, @NotBlank @Size(max = 2000) String opinion) {
	}

	public record RecoveryConfirmation(@NotNull RecoveryDecision decision,
			@DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 16,
					fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = 2000) String opinion) {
	}

	public record Chase(@NotBlank @Size(max = 2000) String note) {
	}

	public record PassDown(@NotBlank @Size(max = 2000) String note) {
	}

	public record Period(@NotBlank @Size(max = 12) String divisionCode, @NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear,
			@NotBlank @Size(max = 100) String name, @NotNull LocalDate cutoffDate, @NotNull LocalDate dueDate) {
	}

	/** Required: a body without the flag must not silently drop an item from key monitoring. */
	public record KeyMonitoring(@NotNull Boolean enabled) {
	}

}
