package cn.gov.finance.perf.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.application.ApplicationController.ApplicationView;
import cn.gov.finance.perf.application.RectificationLedgerController.LedgerRow;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of result applications: the API's views, with their rectification items, built in
 * one read-only transaction. After a task step the controller asks for the application by id, so the
 * view shows what was committed.
 */
@Component
class ResultApplicationViews {

	private final ResultApplicationService service;

	private final ResultApplicationRepository applications;

	private final BudgetItemRepository items;

	private final ItemAccess access;

	private final OrgDirectory directory;

	private final ZoneId zone;

	ResultApplicationViews(ResultApplicationService service, ResultApplicationRepository applications,
			BudgetItemRepository items, ItemAccess access, OrgDirectory directory, AppClock clock) {
		this.service = service;
		this.applications = applications;
		this.items = items;
		this.access = access;
		this.directory = directory;
		this.zone = clock.zone();
	}

	@Transactional(readOnly = true)
	ApplicationView view(Long id) {
		return ApplicationView.of(this.applications.findById(id)
			.orElseThrow(() -> DomainException.notFound("Result application", id)));
	}

	@Transactional(readOnly = true)
	ApplicationView ofTask(String taskId, AppUser user) {
		return ApplicationView.of(this.service.ofTask(taskId, user));
	}

	@Transactional(readOnly = true)
	List<ApplicationView> ofItem(String code, AppUser user) {
		BudgetItem item = this.access.requireVisible(code, user);
		return this.service.ofItem(item.getId()).map(a -> List.of(ApplicationView.of(a))).orElse(List.of());
	}

	/** The rectification ledger of a fiscal year's evaluated items the user may see. */
	@Transactional(readOnly = true)
	List<LedgerRow> ledger(AppUser user, int fiscalYear) {
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

}
