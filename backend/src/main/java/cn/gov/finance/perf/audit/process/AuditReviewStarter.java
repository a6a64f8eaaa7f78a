package cn.gov.finance.perf.audit.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/** Starts an audit review of an item: the only caller of RuntimeService for audit reviews. */
@Component
public class AuditReviewStarter {

	private final RuntimeService runtimeService;

	AuditReviewStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** Starts {@link AuditReviewProcess} with the item code as business key; returns the instance id. */
	public String start(String itemCode, Long reviewId) {
		return this.runtimeService
			.startProcessInstanceByKey(AuditReviewProcess.KEY, itemCode, Map.of(AuditReviewProcess.VAR_REVIEW_ID, reviewId))
			.getId();
	}

}
