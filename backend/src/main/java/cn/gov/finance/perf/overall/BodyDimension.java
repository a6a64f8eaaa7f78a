package cn.gov.finance.perf.overall;

import cn.gov.finance.perf.system.Message;

/**
 * The dimensions a whole body is evaluated on (domain.md §3.4): a department's six, and the
 * League's view of a county's fiscal operation (domain.md §4: revenue quality, the 三保, allocation,
 * debt and sustainability). Default weights are overridden by {@code app.body-evaluation.weights.<key>}.
 */
public enum BodyDimension {

	OPERATING_COST("运行成本", "operating-cost", 15),
	MANAGEMENT_EFFICIENCY("管理效率", "management-efficiency", 15),
	DUTY_PERFORMANCE("履职效能", "duty-performance", 25),
	SOCIAL_EFFECT("社会效应", "social-effect", 20),
	SUSTAINABILITY("可持续发展能力", "sustainability", 15),
	SATISFACTION("服务对象满意度", "satisfaction", 10),

	REVENUE_QUALITY("财政收入质量", "revenue-quality", 20),
	BASIC_NEEDS("“三保”保障与支出结构", "basic-needs", 25),
	BUDGET_MANAGEMENT("预算管理与绩效管理", "budget-management", 20),
	DEBT_RISK("债务风险防控", "debt-risk", 20),
	FISCAL_SUSTAINABILITY("财政可持续性", "fiscal-sustainability", 15);

	private final String label;

	private final String key;

	private final int defaultWeight;

	private final String code;

	BodyDimension(String label, String key, int defaultWeight) {
		this.label = label;
		this.code = "overall.dimension." + key;
		this.key = key;
		this.defaultWeight = defaultWeight;
	}

	public String label() {
		return this.label;
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
