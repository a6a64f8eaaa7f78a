package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.lang.Nullable;
import org.springframework.transaction.annotation.Transactional;
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

	private final TargetSheetRepository sheets;

	private final BudgetItemRepository items;

	private final OrgDirectory directory;

	DisclosureController(TargetSheetRepository sheets, BudgetItemRepository items, OrgDirectory directory) {
		this.sheets = sheets;
		this.items = items;
		this.directory = directory;
	}

	@Operation(summary = "Targets in force with their approved budgets, per fiscal year (and department)")
	@GetMapping("/targets")
	@Transactional(readOnly = true)
	List<PublishedTarget> targets(@RequestParam @FiscalYear int fiscalYear, @RequestParam(required = false) String departmentCode) {
		List<TargetSheet> inForce = this.sheets.inForce(fiscalYear,
				departmentCode == null || departmentCode.isBlank() ? null : departmentCode);
		Map<Long, BudgetItem> byId = this.items.findAllById(inForce.stream().map(TargetSheet::getItemId).toList())
			.stream()
			.collect(Collectors.toMap(BudgetItem::getId, Function.identity()));
		OrgDirectory.Names names = this.directory.names();
		return inForce.stream().map(sheet -> {
			BudgetItem item = byId.get(sheet.getItemId());
			return new PublishedTarget(item.getCode(), item.getName(), item.getDepartmentCode(),
					names.org(item.getDepartmentCode()), item.getApprovedAmount(), sheet.getVersionNo(),
					sheet.getOverallGoal(), sheet.getAnnualGoal(),
					sheet.getIndicators().stream().map(TargetController.TargetIndicatorView::of).toList());
		}).toList();
	}

	record PublishedTarget(String itemCode, String itemName, String departmentCode, String departmentName,
			@Nullable BigDecimal approvedAmount, int version, @Nullable String overallGoal, @Nullable String annualGoal,
			List<TargetController.TargetIndicatorView> indicators) {
	}

}
