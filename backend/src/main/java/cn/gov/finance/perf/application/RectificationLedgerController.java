package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ExportLabels;
import cn.gov.finance.perf.system.Xlsx;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
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

	private final AppClock clock;

	RectificationLedgerController(ResultApplicationViews views, AppClock clock) {
		this.views = views;
		this.clock = clock;
	}

	@Operation(summary = "The rectification ledger of a fiscal year's evaluated items the user may see")
	@GetMapping("/rectifications")
	List<LedgerRow> ledger(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear) {
		return this.views.ledger(user, fiscalYear);
	}

	@Operation(summary = "The rectification ledger of a fiscal year as an xlsx workbook")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/rectifications/export")
	void export(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			HttpServletResponse response) {
		List<LedgerRow> rows = this.views.ledger(user, fiscalYear);
		Xlsx.send(response, "rectification-ledger-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("整改台账 " + fiscalYear, List.of(new Xlsx.Column("项目编码", 16), new Xlsx.Column("项目名称", 40),
					new Xlsx.Column("部门", 24), new Xlsx.Column("评价等级", 10), new Xlsx.Column("总分", 8),
					new Xlsx.Column("问题", 40), new Xlsx.Column("整改措施", 40), new Xlsx.Column("整改期限", 12),
					new Xlsx.Column("状态", 10), new Xlsx.Column("是否逾期", 8), new Xlsx.Column("整改佐证", 30),
					new Xlsx.Column("完成时间", 17)));
			for (LedgerRow r : rows) {
				xlsx.row(r.itemCode(), r.itemName(), r.departmentName(), ExportLabels.label(r.grade()), r.totalScore(),
						r.issue(), r.measure(), r.deadline(), ExportLabels.label(r.status()), r.overdue(), r.evidence(),
						r.closedAt());
			}
		});
	}

	record LedgerRow(long id, String itemCode, String itemName, String departmentCode, String departmentName,
			String grade, BigDecimal totalScore, String issue, String measure, LocalDate deadline, String status,
			boolean overdue, @Nullable String evidence, @Nullable Instant closedAt, boolean applicationClosed) {
	}

}
