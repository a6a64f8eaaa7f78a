package cn.gov.finance.perf.overall.process;

import org.springframework.stereotype.Component;

/** {@code processes/overall/DepartmentEvaluationProcess.bpmn}: 部门整体绩效评价; its steps are {@link BodyEvaluationProcess}'s. */
@Component
public final class DepartmentEvaluationProcess extends BodyEvaluationProcess {

	public static final String KEY = "DepartmentEvaluationProcess";

	DepartmentEvaluationProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

}
