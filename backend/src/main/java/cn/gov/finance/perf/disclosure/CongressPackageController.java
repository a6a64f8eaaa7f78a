package cn.gov.finance.perf.disclosure;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.FiscalYear;
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

	CongressPackageController(CongressPackage congressPackage, PublishedResults results) {
		this.congressPackage = congressPackage;
		this.results = results;
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
