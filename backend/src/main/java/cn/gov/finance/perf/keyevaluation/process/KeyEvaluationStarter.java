package cn.gov.finance.perf.keyevaluation.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * Starts the key evaluation of an item drawn after its self-evaluation was fixed (one drawn earlier
 * is started by its completion evaluation's call activity): the only caller of RuntimeService for it.
 */
@Component
public class KeyEvaluationStarter {

	private final RuntimeService runtimeService;

	KeyEvaluationStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	public String start(String itemCode, Long itemId) {
		return this.runtimeService
			.startProcessInstanceByKey(KeyEvaluationProcess.KEY, itemCode, Map.of(KeyEvaluationProcess.VAR_ITEM_ID, itemId))
			.getId();
	}

}
