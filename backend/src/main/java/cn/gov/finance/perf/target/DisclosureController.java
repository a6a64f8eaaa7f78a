package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 同步公开: approved targets are published together with the approved budget. This is the list a
 * department or finance publishes for a fiscal year; it holds nothing that is not yet approved.
 */
@RestController
@RequestMapping("/api/disclosures")
class DisclosureController {

	private final TargetViews views;

	DisclosureController(TargetViews views) {
		this.views = views;
	}

	@Operation(summary = "Targets in force with their approved budgets, per fiscal year (and department)")
	@GetMapping("/targets")
	List<PublishedTarget> targets(@RequestParam @FiscalYear int fiscalYear, @RequestParam(required = false) String departmentCode) {
		return this.views.published(fiscalYear, departmentCode);
	}

	record PublishedTarget(String itemCode, String itemName, String departmentCode, String departmentName,
			@Nullable BigDecimal approvedAmount, int version, @Nullable String overallGoal, @Nullable String annualGoal,
			List<TargetController.TargetIndicatorView> indicators) {
	}

}
