package cn.gov.finance.perf.target.process;

import java.util.Map;

import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/** Starts the review of an adjusted target version; business key = item code. */
@Component
public class TargetAdjustmentStarter {

	private final RuntimeService runtimeService;

	TargetAdjustmentStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	public ProcessInstance start(BudgetItem item, Long sheetId) {
		return this.runtimeService.startProcessInstanceByKey(TargetAdjustmentProcess.KEY, item.getCode(),
				Map.of(TargetCompilationProcess.VAR_ITEM_ID, item.getId(), TargetCompilationProcess.VAR_SHEET_ID, sheetId,
						TargetCompilationProcess.VAR_DEPARTMENT_GROUP, Roles.orgGroup(item.getDepartmentCode())));
	}

}
