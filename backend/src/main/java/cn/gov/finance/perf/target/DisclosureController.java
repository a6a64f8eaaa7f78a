package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.util.List;

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

	private final AppClock clock;

	DisclosureController(TargetViews views, AppClock clock) {
		this.views = views;
		this.clock = clock;
	}

	@Operation(summary = "The published targets of a fiscal year (and department) as an xlsx workbook, one row per indicator")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/targets/export")
	void targetsExport(@RequestParam @FiscalYear int fiscalYear, @RequestParam(required = false) String departmentCode,
			HttpServletResponse response) {
		List<PublishedTarget> rows = this.views.published(fiscalYear, departmentCode);
		Xlsx.send(response, "published-targets-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("绩效目标公开 " + fiscalYear, List.of(new Xlsx.Column("项目编码", 16), new Xlsx.Column("项目名称", 40),
					new Xlsx.Column("部门", 24), new Xlsx.Column("批复金额（元）", 18), new Xlsx.Column("目标版本", 8),
					new Xlsx.Column("总体目标", 40), new Xlsx.Column("年度目标", 40), new Xlsx.Column("一级指标", 12),
					new Xlsx.Column("二级指标", 12), new Xlsx.Column("三级指标", 30), new Xlsx.Column("指标值", 20),
					new Xlsx.Column("权重", 8)));
			for (PublishedTarget t : rows) {
				for (TargetController.TargetIndicatorView i : t.indicators()) {
					String value = i.targetText() != null ? i.targetText()
							: (i.comparator().name() + " " + (i.targetValue() == null ? "" : i.targetValue().toPlainString())
									+ (i.unit() == null ? "" : " " + i.unit()));
					xlsx.row(t.itemCode(), t.itemName(), t.departmentName(), t.approvedAmount(), t.version(), t.overallGoal(),
							t.annualGoal(), i.level1(), i.level2(), i.name(), value, i.weight());
				}
			}
		});
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
