package cn.gov.finance.perf.assessment.process;

import java.util.Map;

import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/** Starts the ex-ante assessment of an item, with the item code as business key. */
@Component
public class ExAnteAssessmentStarter {

	private final RuntimeService runtimeService;

	ExAnteAssessmentStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	public ProcessInstance start(BudgetItem item) {
		return this.runtimeService.startProcessInstanceByKey(ExAnteAssessmentProcess.KEY, item.getCode(),
				Map.of(ExAnteAssessmentProcess.VAR_ITEM_ID, item.getId(), ExAnteAssessmentProcess.VAR_ASSESSOR_GROUP,
						assessorGroup(item)));
	}

	/** Capital construction is assessed by the investment authority, everything else by its department. */
	static String assessorGroup(BudgetItem item) {
		return item.isCapitalConstruction() ? Roles.INVESTMENT : Roles.orgGroup(item.getDepartmentCode());
	}

}
