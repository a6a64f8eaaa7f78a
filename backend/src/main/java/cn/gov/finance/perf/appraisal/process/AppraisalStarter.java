package cn.gov.finance.perf.appraisal.process;

import java.util.Map;

import cn.gov.finance.perf.inbox.ProcessModel;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/** Starts a year's appraisal round: the only caller of RuntimeService for appraisals. */
@Component
public class AppraisalStarter {

	private final RuntimeService runtimeService;

	AppraisalStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** Starts {@link AppraisalProcess} for a round (business key AP-<year>); returns the instance id. */
	public String start(Long appraisalId, int fiscalYear) {
		return this.runtimeService
			.startProcessInstanceByKey(AppraisalProcess.KEY, "AP-" + fiscalYear,
					Map.of(AppraisalProcess.VAR_APPRAISAL_ID, appraisalId, ProcessModel.VAR_SUBJECT_LABEL,
							fiscalYear + " 年度预算绩效管理工作考核", ProcessModel.VAR_FISCAL_YEAR, fiscalYear))
			.getId();
	}

}
