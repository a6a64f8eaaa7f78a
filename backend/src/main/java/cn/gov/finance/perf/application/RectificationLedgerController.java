package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rectification ledger (整改台账) across items: every rectification item of a fiscal year's
 * results, open or closed, overdue when its deadline has passed while it is open. Finance, audit and
 * administrators see all; a department or unit sees its own items.
 */
@RestController
@RequestMapping("/api")
class RectificationLedgerController {

	private final ResultApplicationViews views;

	RectificationLedgerController(ResultApplicationViews views) {
		this.views = views;
	}

	@Operation(summary = "The rectification ledger of a fiscal year's evaluated items the user may see")
	@GetMapping("/rectifications")
	List<LedgerRow> ledger(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear) {
		return this.views.ledger(user, fiscalYear);
	}

	record LedgerRow(long id, String itemCode, String itemName, String departmentCode, String departmentName,
			String grade, BigDecimal totalScore, String issue, String measure, LocalDate deadline, String status,
			boolean overdue, @Nullable String evidence, @Nullable Instant closedAt, boolean applicationClosed) {
	}

}
