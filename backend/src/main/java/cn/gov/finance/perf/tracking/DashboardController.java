package cn.gov.finance.perf.tracking;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coordinators' dashboard of a fiscal year, and the items behind each of its figures. */
@RestController
@RequestMapping("/api/tracking/dashboard")
class DashboardController {

	private final DashboardFigures figures;

	DashboardController(DashboardFigures figures) {
		this.figures = figures;
	}

	@Operation(summary = "A fiscal year at a glance: items per stage, overdue by department, lights, grades, funds, "
			+ "self-evaluation coverage, average days per stage (what the user may see)")
	@GetMapping
	DashboardFigures.DashboardView dashboard(@AuthenticationPrincipal AppUser user,
			@RequestParam @FiscalYear int fiscalYear) {
		return this.figures.figures(user, fiscalYear);
	}

	@Operation(summary = "The items behind one bar or slice of the dashboard (chart and key as the dashboard names them), by code")
	@GetMapping("/items")
	PageView<DashboardFigures.DashboardItem> items(@AuthenticationPrincipal AppUser user,
			@RequestParam @FiscalYear int fiscalYear, @RequestParam DashboardChart chart,
			@RequestParam @NotBlank @Size(max = 32) String key,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return this.figures.items(user, fiscalYear, chart, key, page, size);
	}

}
