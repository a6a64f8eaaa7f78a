package cn.gov.finance.perf.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.system.Xlsx;
import cn.gov.finance.perf.SliceApi;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The xlsx exports, opened with POI: Chinese headers, a frozen header row, rows with typed cells. */
@IntegrationTest
class ExportApiTest {

	static final int YEAR = 2054;

	@Autowired
	private SliceApi api;

	@Test
	void shouldExportTheFilteredBoardWithChineseHeadersAndFormattedAmounts() throws Exception {
		String first = propose("1234567.80");
		String second = propose("500.00");

		try (XSSFWorkbook workbook = open("perf", "/api/tracking/board/export?fiscalYear=" + YEAR)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目编码");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("项目名称");
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("金额（元）");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("事前绩效评估·状态");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			List<String> codes = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(codes).containsExactly(first, second);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1234567.80);
			assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("进行中");
			assertThat(row.getCell(10).getStringCellValue()).isNotBlank();
			assertThat(row.getCell(9).getStringCellValue()).isNotBlank();
			assertThat(row.getCell(12).getStringCellValue()).isEqualTo("未开始");
		}
		try (XSSFWorkbook workbook = open("perf", "/api/tracking/board/export?fiscalYear=" + YEAR + "&q=" + second)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
		this.api.get("expert", "/api/tracking/board/export?fiscalYear=" + YEAR).andExpect(status().isForbidden());
	}

	@Test
	void shouldExportTheLedgersCoverageAndDisclosureListsWithFrozenChineseHeaders() throws Exception {
		Map<String, String> firstHeaders = Map.of("/api/funds/export", "项目编码", "/api/rectifications/export", "项目编码",
				"/api/evaluations/coverage/export", "项目编码", "/api/disclosures/results/export", "项目编码",
				"/api/disclosures/targets/export", "项目编码");
		Map<String, String> thirdHeaders = Map.of("/api/funds/export", "部门", "/api/rectifications/export", "部门",
				"/api/evaluations/coverage/export", "部门", "/api/disclosures/results/export", "部门",
				"/api/disclosures/targets/export", "部门");
		for (String path : firstHeaders.keySet()) {
			try (XSSFWorkbook workbook = open("perf", path + "?fiscalYear=" + YEAR)) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(path).isEqualTo(firstHeaders.get(path));
				assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).as(path).isEqualTo(thirdHeaders.get(path));
				assertThat(sheet.getPaneInformation().isFreezePane()).as(path).isTrue();
			}
		}
	}

	private XSSFWorkbook open(String user, String path) throws Exception {
		byte[] bytes = this.api.get(user, path)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Xlsx.MEDIA_TYPE))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private String propose(String amount) throws Exception {
		Map<String, Object> body = new HashMap<>(SliceApi.proposal("edu", null, false));
		body.put("fiscalYear", YEAR);
		body.put("amount", amount);
		return this.api.propose("edu", body);
	}

}
