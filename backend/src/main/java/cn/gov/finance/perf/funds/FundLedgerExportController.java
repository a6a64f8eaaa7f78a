package cn.gov.finance.perf.funds;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ExportLabels;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.Xlsx;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fund ledger of a fiscal year, every item the user may see, as a workbook streamed from the rows. */
@RestController
class FundLedgerExportController {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final AppClock clock;

	FundLedgerExportController(NamedParameterJdbcTemplate jdbc, OrgDirectory directory, AppClock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	@Operation(summary = "The fund ledger of a fiscal year (suspensions, stops, reallocations, recoveries) as an xlsx workbook")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/funds/export")
	void export(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String departmentCode, HttpServletResponse response) {
		StringBuilder sql = new StringBuilder("select b.code, b.name, b.department_code, f.action, f.amount, f.reason,"
				+ " f.actor, f.step, f.created_at from fund_action f join budget_item b on b.id = f.item_id"
				+ " where b.fiscal_year = :year");
		MapSqlParameterSource params = new MapSqlParameterSource("year", fiscalYear);
		if (!ItemAccess.seesAll(user)) {
			sql.append(" and (b.department_code = :org or b.unit_code = :org")
				.append(ItemAccess.seesCapitalConstruction(user) ? " or b.capital_construction = true)" : ")");
			params.addValue("org", user.orgCode());
		}
		if (departmentCode != null && !departmentCode.isBlank()) {
			sql.append(" and b.department_code = :department");
			params.addValue("department", departmentCode.trim());
		}
		sql.append(" order by b.department_code, b.code, f.id");
		OrgDirectory.Names names = this.directory.names();
		Xlsx.send(response, "fund-ledger-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("资金台账 " + fiscalYear, List.of(new Xlsx.Column("项目编码", 16), new Xlsx.Column("项目名称", 40),
					new Xlsx.Column("部门", 24), new Xlsx.Column("操作", 10), new Xlsx.Column("金额（元）", 18),
					new Xlsx.Column("原因", 40), new Xlsx.Column("经办", 14), new Xlsx.Column("环节", 24),
					new Xlsx.Column("时间", 17)));
			this.jdbc.query(sql.toString(), params, (RowCallbackHandler) rs -> xlsx.row(rs.getString("code"),
					rs.getString("name"), names.org(rs.getString("department_code")), ExportLabels.label(rs.getString("action")),
					rs.getBigDecimal("amount"), rs.getString("reason"), rs.getString("actor"), rs.getString("step"),
					rs.getTimestamp("created_at").toInstant()));
		});
	}

}
