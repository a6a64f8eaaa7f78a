package cn.gov.finance.perf.inbox;

import java.util.Map;

/**
 * A stage went back to an earlier step (退回 or 撤回), published in the transaction of the change:
 * the feature whose record that step edits reopens it (a submitted target sheet, a filed monitoring
 * report, a submitted self-evaluation…), so the step can be done again.
 */
public record TaskReturned(String processKey, String processInstanceId, String targetTaskKey,
		Map<String, Object> variables) {

	public Long longVariable(String name) {
		return this.variables.get(name) instanceof Number n ? n.longValue() : null;
	}

}
