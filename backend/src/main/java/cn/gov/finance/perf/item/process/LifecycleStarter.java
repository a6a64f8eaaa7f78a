package cn.gov.finance.perf.item.process;

import static cn.gov.finance.perf.item.process.BudgetItemLifecycleProcess.*;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/** Starts an item's lifecycle, with the item code as business key. */
@Component
public class LifecycleStarter {

	private final RuntimeService runtimeService;

	LifecycleStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	public ProcessInstance start(BudgetItem item) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_ITEM_ID, item.getId());
		variables.put(VAR_ITEM_KIND, item.getKind().name());
		variables.put(VAR_CONTINUITY, item.getContinuity().name());
		variables.put(VAR_EXPIRING, item.isExpiring());
		variables.put(VAR_ASSESSOR_GROUP, assessorGroup(item));
		variables.put(VAR_DEPARTMENT_GROUP, Roles.orgGroup(item.getDepartmentCode()));
		variables.put(VAR_FILLER_GROUP, Roles.orgGroup(item.getUnitCode() != null ? item.getUnitCode() : item.getDepartmentCode()));
		variables.put(VAR_HAS_UNIT, item.getUnitCode() != null);
		return this.runtimeService.startProcessInstanceByKey(KEY, item.getCode(), variables);
	}

	/** Capital construction is assessed by the investment authority, everything else by its department. */
	static String assessorGroup(BudgetItem item) {
		return item.isCapitalConstruction() ? Roles.INVESTMENT : Roles.orgGroup(item.getDepartmentCode());
	}

}
