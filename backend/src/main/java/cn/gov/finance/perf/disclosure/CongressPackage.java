package cn.gov.finance.perf.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.finance.perf.application.ResultApplicationService;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.target.TargetIndicator;
import cn.gov.finance.perf.target.TargetService;
import cn.gov.finance.perf.target.TargetSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The People's Congress package of a fiscal year (domain.md §3.5): the important targets sent with
 * the draft budget and the evaluation results sent with the final accounts, as one workbook.
 * Important = approved amount at or above {@code app.disclosure.important-amount}, or under key monitoring.
 */
@Service
public class CongressPackage {

	private final BudgetItemRepository items;

	private final TargetService targets;

	private final PublishedResults results;

	private final OrgDirectory directory;

	private final BigDecimal importantAmount;

	CongressPackage(BudgetItemRepository items, TargetService targets, PublishedResults results, OrgDirectory directory,
			@Value("${app.disclosure.important-amount:5000000}") BigDecimal importantAmount) {
		this.items = items;
		this.targets = targets;
		this.results = results;
		this.directory = directory;
		this.importantAmount = importantAmount;
	}

	@Transactional(readOnly = true)
	public byte[] workbook(int fiscalYear, AppUser user) {
		if (!user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.ADMIN)) {
			throw DomainException.forbidden("disclosure.financeOnly");
		}
		List<BudgetItem> important = this.items
			.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(fiscalYear)
			.stream()
			.filter(i -> i.isKeyMonitoring() || i.getApprovedAmount().compareTo(this.importantAmount) >= 0)
			.toList();
		OrgDirectory.Names names = this.directory.names();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet targetSheet = workbook.createSheet("重要绩效目标");
			header(targetSheet, bold, "项目编码", "项目名称", "部门", "批复金额（元）", "目标版本", "总体目标", "年度目标", "绩效指标");
			Sheet resultSheet = workbook.createSheet("绩效评价结果");
			header(resultSheet, bold, "项目编码", "项目名称", "部门", "评价方式", "总分", "等级", "结果应用", "下年度安排（元）");
			int t = 1;
			int r = 1;
			for (BudgetItem item : important) {
				Optional<TargetSheet> sheet = this.targets.inForce(item.getId());
				if (sheet.isPresent()) {
					row(targetSheet, t++, item.getCode(), item.getName(), names.org(item.getDepartmentCode()),
							item.getApprovedAmount().toPlainString(), String.valueOf(sheet.get().getVersionNo()),
							sheet.get().getOverallGoal(), sheet.get().getAnnualGoal(), indicators(sheet.get()));
				}
			}
			for (PublishedResults.PublishedResult result : this.results.of(important)) {
				row(resultSheet, r++, result.itemCode(), result.itemName(), result.departmentName(),
						ResultApplicationService.SOURCE_KEY.equals(result.resultSource()) ? "重点评价" : "自评",
						result.totalScore().toPlainString(), Grade.valueOf(result.grade()).label(),
						result.linkageAction() == null ? "" : result.linkageAction(),
						result.nextYearAmount() == null ? "" : result.nextYearAmount().toPlainString());
			}
			for (Sheet sheet : List.of(targetSheet, resultSheet)) {
				for (int c = 0; c < 9; c++) {
					sheet.setColumnWidth(c, 20 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String indicators(TargetSheet sheet) {
		return sheet.getIndicators().stream().map(CongressPackage::indicator).collect(Collectors.joining("；"));
	}

	private static String indicator(TargetIndicator i) {
		if (i.getComparator() == IndicatorComparator.QUALITATIVE) {
			return i.getName() + "：" + i.getTargetText();
		}
		String symbol = switch (i.getComparator()) {
			case GE -> "≥";
			case LE -> "≤";
			default -> "=";
		};
		return i.getName() + symbol + i.getTargetValue().stripTrailingZeros().toPlainString()
				+ (i.getUnit() == null ? "" : i.getUnit());
	}

	private static void header(Sheet sheet, CellStyle bold, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			row.createCell(i).setCellValue(titles[i]);
			row.getCell(i).setCellStyle(bold);
		}
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
		}
	}

}
