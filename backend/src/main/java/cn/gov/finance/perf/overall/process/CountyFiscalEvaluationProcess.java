package cn.gov.finance.perf.overall.process;

import org.springframework.stereotype.Component;

/** {@code processes/overall/CountyFiscalEvaluationProcess.bpmn}: 旗县市财政运行综合绩效评价; steps as {@link BodyEvaluationProcess}. */
@Component
public final class CountyFiscalEvaluationProcess extends BodyEvaluationProcess {

	public static final String KEY = "CountyFiscalEvaluationProcess";

	CountyFiscalEvaluationProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

}
