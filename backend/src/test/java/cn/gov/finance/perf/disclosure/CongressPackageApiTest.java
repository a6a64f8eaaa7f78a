package cn.gov.finance.perf.disclosure;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The People's Congress package: important targets and evaluation results of a fiscal year, as xlsx. */
@IntegrationTest
class CongressPackageApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void shouldExportTheImportantTargetsAndTheirResultsForFinanceOnly() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu");
		this.api.put("perf", "/api/items/" + code + "/key-monitoring", Map.of("enabled", true));
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation") + "/self-evaluation",
				SliceApi.selfEvaluation()).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/self-evaluation-recheck",
				Map.of("decision", "ACCEPT", "reason", "复核无误。")).andExpect(status().isCreated());

		byte[] xlsx = this.api.get("perf", "/api/disclosures/congress-package?fiscalYear=" + MonitoringFixtures.YEAR)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(codes(workbook.getSheet("重要绩效目标"))).contains(code);
			assertThat(codes(workbook.getSheet("绩效评价结果"))).contains(code);
			Row result = row(workbook.getSheet("绩效评价结果"), code);
			assertThat(result.getCell(3).getStringCellValue()).isEqualTo("自评");
			assertThat(result.getCell(4).getStringCellValue()).isEqualTo("95.97");
			assertThat(result.getCell(5).getStringCellValue()).isEqualTo("优");
		}
		this.api.get("edu", "/api/disclosures/congress-package?fiscalYear=" + MonitoringFixtures.YEAR)
			.andExpect(status().isForbidden());
	}

	private static List<String> codes(Sheet sheet) {
		List<String> codes = new ArrayList<>();
		for (Row row : sheet) {
			codes.add(row.getCell(0).getStringCellValue());
		}
		return codes;
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0).getStringCellValue().equals(code)) {
				return row;
			}
		}
		throw new AssertionError(code);
	}



}
