package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
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

	private final BudgetItemRepository items;

	private final ResultApplicationRepository applications;

	private final OrgDirectory directory;

	private final ZoneId zone;

	RectificationLedgerController(BudgetItemRepository items, ResultApplicationRepository applications,
			OrgDirectory directory, AppClock clock) {
		this.items = items;
		this.applications = applications;
		this.directory = directory;
		this.zone = clock.zone();
	}

	@Operation(summary = "The rectification ledger of a fiscal year's evaluated items the user may see")
	@GetMapping("/rectifications")
	@Transactional(readOnly = true)
	List<LedgerRow> ledger(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear) {
		Map<Long, BudgetItem> visible = this.items.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(fiscalYear)
			.stream()
			.filter(item -> ItemAccess.canSee(user, item))
			.collect(Collectors.toMap(BudgetItem::getId, Function.identity()));
		LocalDate today = LocalDate.ofInstant(AppClock.instant(), this.zone);
		OrgDirectory.Names names = this.directory.names();
		List<LedgerRow> rows = new ArrayList<>();
		for (ResultApplication application : this.applications.findByItemIdIn(visible.keySet())) {
			BudgetItem item = visible.get(application.getItemId());
			for (RectificationItem r : application.getRectifications()) {
				boolean open = !RectificationItem.CLOSED.equals(r.getStatus());
				rows.add(new LedgerRow(r.getId(), item.getCode(), item.getName(), item.getDepartmentCode(),
						names.org(item.getDepartmentCode()), application.getGrade(), application.getTotalScore(),
						r.getIssue(), r.getMeasure(), r.getDeadline(), r.getStatus(),
						open && r.getDeadline().isBefore(today), r.getEvidence(), r.getClosedAt(),
						application.getClosedAt() != null));
			}
		}
		rows.sort(Comparator.comparing(LedgerRow::departmentCode).thenComparing(LedgerRow::itemCode).thenComparing(LedgerRow::id));
		return rows;
	}

	record LedgerRow(long id, String itemCode, String itemName, String departmentCode, String departmentName,
			String grade, BigDecimal totalScore, String issue, String measure, LocalDate deadline, String status,
			boolean overdue, @Nullable String evidence, @Nullable Instant closedAt, boolean applicationClosed) {
	}

}
