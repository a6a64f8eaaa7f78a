package cn.gov.finance.perf.disclosure;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.ExportLabels;
import cn.gov.finance.perf.system.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disclosures")
class CongressPackageController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CongressPackage congressPackage;

	private final PublishedResults results;

	private final AppClock clock;

	CongressPackageController(CongressPackage congressPackage, PublishedResults results, AppClock clock) {
		this.congressPackage = congressPackage;
		this.results = results;
		this.clock = clock;
	}

	@Operation(summary = "The published evaluation results of a fiscal year (and department) as an xlsx workbook")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/results/export")
	void resultsExport(@RequestParam @FiscalYear int fiscalYear, @RequestParam(required = false) String departmentCode,
			HttpServletResponse response) {
		java.util.List<PublishedResults.PublishedResult> rows = this.results.ofYear(fiscalYear, departmentCode);
		Xlsx.send(response, "published-results-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("绩效评价结果公开 " + fiscalYear, java.util.List.of(new Xlsx.Column("项目编码", 16),
					new Xlsx.Column("项目名称", 40), new Xlsx.Column("部门", 24), new Xlsx.Column("批复金额（元）", 18),
					new Xlsx.Column("评价方式", 10), new Xlsx.Column("总分", 8), new Xlsx.Column("等级", 8),
					new Xlsx.Column("结果应用", 12), new Xlsx.Column("下年度安排（元）", 18), new Xlsx.Column("已确认", 8)));
			for (PublishedResults.PublishedResult r : rows) {
				xlsx.row(r.itemCode(), r.itemName(), r.departmentName(), r.approvedAmount(), ExportLabels.label(r.resultSource()),
						r.totalScore(), ExportLabels.label(r.grade()), ExportLabels.label(r.linkageAction()), r.nextYearAmount(),
						r.linkageConfirmed());
			}
		});
	}

	@Operation(summary = "Evaluation results published with the final accounts, per fiscal year (and department)")
	@GetMapping("/results")
	java.util.List<PublishedResults.PublishedResult> results(@RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String departmentCode) {
		return this.results.ofYear(fiscalYear, departmentCode);
	}

	@Operation(summary = "The People's Congress package of a fiscal year as an xlsx workbook (finance)")
	@ApiResponse(responseCode = "200", content = @Content(
			mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/congress-package")
	ResponseEntity<byte[]> congressPackage(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear) {
		byte[] workbook = this.congressPackage.workbook(fiscalYear, user);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("people-congress-package-" + fiscalYear + ".xlsx").build().toString())
			.body(workbook);
	}

}
