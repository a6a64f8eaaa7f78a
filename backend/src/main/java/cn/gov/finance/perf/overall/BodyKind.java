package cn.gov.finance.perf.overall;

import java.util.List;

import cn.gov.finance.perf.system.Message;

/** What kind of body is evaluated, on which dimensions, by which process, linked to which money. */
public enum BodyKind {

	/** 部门整体绩效评价: result → the department's next budget. */
	DEPARTMENT("部门整体绩效评价", cn.gov.finance.perf.overall.process.DepartmentEvaluationProcess.KEY, "DepartmentBudgetLinkage",
			List.of(BodyDimension.OPERATING_COST, BodyDimension.MANAGEMENT_EFFICIENCY, BodyDimension.DUTY_PERFORMANCE,
					BodyDimension.SOCIAL_EFFECT, BodyDimension.SUSTAINABILITY, BodyDimension.SATISFACTION)),

	/** 下级政府财政运行综合绩效评价: result → the county's transfer payments. */
	COUNTY("财政运行综合绩效评价", cn.gov.finance.perf.overall.process.CountyFiscalEvaluationProcess.KEY, "TransferPaymentLinkage",
			List.of(BodyDimension.REVENUE_QUALITY, BodyDimension.BASIC_NEEDS, BodyDimension.BUDGET_MANAGEMENT,
					BodyDimension.DEBT_RISK, BodyDimension.FISCAL_SUSTAINABILITY));

	private final String label;

	private final String processKey;

	private final String linkageDecision;

	private final List<BodyDimension> dimensions;

	BodyKind(String label, String processKey, String linkageDecision, List<BodyDimension> dimensions) {
		this.label = label;
		this.processKey = processKey;
		this.linkageDecision = linkageDecision;
		this.dimensions = dimensions;
	}

	public String label() {
		return this.label;
	}

	/** Its name in the reader's language, as a message parameter. */
	public Message message() {
		return switch (this) {
			case DEPARTMENT -> Message.of("overall.kind.department");
			case COUNTY -> Message.of("overall.kind.county");
		};
	}

	public String processKey() {
		return this.processKey;
	}

	public String linkageDecision() {
		return this.linkageDecision;
	}

	public List<BodyDimension> dimensions() {
		return this.dimensions;
	}

}
