package cn.gov.finance.perf.target;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.target.DisclosureController.PublishedTarget;
import cn.gov.finance.perf.target.TargetController.TargetIndicatorView;
import cn.gov.finance.perf.target.TargetController.TargetSheetView;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of target sheets: the API's views with their indicators, built in one read-only
 * transaction.
 */
@Component
class TargetViews {

	private final TargetService service;

	private final TargetSheetRepository sheets;

	private final BudgetItemRepository items;

	private final ItemAccess access;

	private final OrgDirectory directory;

	TargetViews(TargetService service, TargetSheetRepository sheets, BudgetItemRepository items, ItemAccess access,
			OrgDirectory directory) {
		this.service = service;
		this.sheets = sheets;
		this.items = items;
		this.access = access;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	TargetSheetView sheetOfTask(String taskId, AppUser user) {
		return TargetSheetView.of(this.service.sheetOfTask(taskId, user), List.of());
	}

	/** Every version of an item's target sheet with its reviews. */
	@Transactional(readOnly = true)
	List<TargetSheetView> history(String code, AppUser user) {
		BudgetItem item = this.access.requireVisible(code, user);
		List<TargetSheet> versions = this.service.history(item);
		Map<Long, List<TargetReview>> reviews = this.service.reviewsOf(versions);
		return versions.stream().map(v -> TargetSheetView.of(v, reviews.getOrDefault(v.getId(), List.of()))).toList();
	}

	/** Targets in force with their approved budgets, per fiscal year (and department). */
	@Transactional(readOnly = true)
	List<PublishedTarget> published(int fiscalYear, @Nullable String departmentCode) {
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
					sheet.getIndicators().stream().map(TargetIndicatorView::of).toList());
		}).toList();
	}

}
