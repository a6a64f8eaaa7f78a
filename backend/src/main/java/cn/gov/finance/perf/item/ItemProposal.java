package cn.gov.finance.perf.item;

import java.math.BigDecimal;

import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a department submits to propose a budget item. {@code expiring} marks a continuing item
 * whose term ends and that is proposed to continue: it is assessed like a new one. A transfer payment
 * may carry {@code passDownDue}, the date by which its funds must reach the lower level.
 */
public record ItemProposal(@NotBlank @Size(max = 200) String name, @NotNull ItemKind kind,
		@NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear, @NotNull BudgetType budgetType,
		@NotBlank @Size(max = 32) String departmentCode, @Size(max = 32) String unitCode,
		@NotNull @DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 16,
				fraction = 2) BigDecimal amount,
		@NotNull Continuity continuity, @NotNull Boolean capitalConstruction, @NotNull Boolean expiring,
		@Size(max = 2000) String description, java.time.LocalDate passDownDue) {
}
