package cn.gov.finance.perf.overall;

import cn.gov.finance.perf.system.Message;

/**
 * The dimensions a whole body is evaluated on (domain.md §3.4): a department's six, and the
 * League's view of a county's fiscal operation (domain.md §4: revenue quality, the 三保, allocation,
 * debt and sustainability). Their names (运行成本, 管理效率 …) are {@code overall.dimension.<key>} in
 * {@code messages/overall*.properties}; default weights are overridden by
 * {@code app.body-evaluation.weights.<key>}.
 */
public enum BodyDimension {

	OPERATING_COST("operating-cost", 15),
	MANAGEMENT_EFFICIENCY("management-efficiency", 15),
	DUTY_PERFORMANCE("duty-performance", 25),
	SOCIAL_EFFECT("social-effect", 20),
	SUSTAINABILITY("sustainability", 15),
	SATISFACTION("satisfaction", 10),

	REVENUE_QUALITY("revenue-quality", 20),
	BASIC_NEEDS("basic-needs", 25),
	BUDGET_MANAGEMENT("budget-management", 20),
	DEBT_RISK("debt-risk", 20),
	FISCAL_SUSTAINABILITY("fiscal-sustainability", 15);

	private final String key;

	private final int defaultWeight;

	private final String code;

	BodyDimension(String key, int defaultWeight) {
		this.code = "overall.dimension." + key;
		this.key = key;
		this.defaultWeight = defaultWeight;
	}

	/** Its name in the reader's language, as a message parameter. */
	public Message message() {
		return Message.of(this.code);
	}

	public String key() {
		return this.key;
	}

	public int defaultWeight() {
		return this.defaultWeight;
	}

}
