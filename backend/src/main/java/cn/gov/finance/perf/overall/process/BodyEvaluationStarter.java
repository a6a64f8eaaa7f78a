package cn.gov.finance.perf.overall.process;

import java.util.Map;

import cn.gov.finance.perf.inbox.ProcessModel;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/** Starts a department-overall or county fiscal-operation evaluation: the only caller of RuntimeService for them. */
@Component
public class BodyEvaluationStarter {

	private final RuntimeService runtimeService;

	BodyEvaluationStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** Starts the kind's process for one evaluation and returns the process instance id. */
	public String start(String processKey, String businessKey, Long evaluationId, String subjectGroup, String label,
			int fiscalYear) {
		return this.runtimeService
			.startProcessInstanceByKey(processKey, businessKey,
					Map.of(BodyEvaluationProcess.VAR_EVALUATION_ID, evaluationId, BodyEvaluationProcess.VAR_SUBJECT_GROUP,
							subjectGroup, ProcessModel.VAR_SUBJECT_LABEL, label, ProcessModel.VAR_FISCAL_YEAR, fiscalYear))
			.getId();
	}

}
