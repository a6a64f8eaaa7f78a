package cn.gov.finance.perf.item;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.TaskService;

import org.springframework.stereotype.Component;

/**
 * Who may see which item: finance, audit and administrators see all; a department sees its own
 * items, a unit those it carries out; the investment authority sees capital-construction items;
 * anyone else only the items on which a task is waiting for them, or of which a task was copied to them
 * (read only: they act on nothing there).
 */
@Component
public class ItemAccess {

	private final BudgetItemRepository items;

	private final TaskService taskService;

	private final List<ItemReadGrant> grants;

	ItemAccess(BudgetItemRepository items, TaskService taskService, List<ItemReadGrant> grants) {
		this.items = items;
		this.taskService = taskService;
		this.grants = grants;
	}

	public static boolean seesAll(AppUser user) {
		return user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.AUDIT, Roles.ADMIN);
	}

	public static boolean seesCapitalConstruction(AppUser user) {
		return user.hasRole(Roles.INVESTMENT);
	}

	public static boolean canSee(AppUser user, BudgetItem item) {
		if (seesAll(user)) {
			return true;
		}
		String org = user.orgCode();
		return (org != null && (org.equals(item.getDepartmentCode()) || org.equals(item.getUnitCode())))
				|| (item.isCapitalConstruction() && seesCapitalConstruction(user));
	}

	/**
	 * The item, if the user may see it: by role and organisation, or because one of its open tasks is
	 * offered to them (a commissioned third party, an expert). 404 when it does not exist, 403 otherwise.
	 */
	public BudgetItem requireVisible(String code, AppUser user) {
		BudgetItem item = this.items.findByCode(code).orElseThrow(() -> DomainException.notFound("Item", code));
		if (!canSee(user, item) && !hasOpenTaskOn(user, item)
				&& this.grants.stream().noneMatch(grant -> grant.grants(user, item.getCode()))) {
			throw DomainException.forbidden("item.otherDepartment", code);
		}
		return item;
	}

	private boolean hasOpenTaskOn(AppUser user, BudgetItem item) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(item.getCode())
			.or()
			.taskAssignee(user.id())
			.taskCandidateGroupIn(user.candidateGroups())
			.endOr()
			.count() > 0;
	}

	public BudgetItem require(Long id) {
		return this.items.findById(id).orElseThrow(() -> DomainException.notFound("Item", id));
	}

}
