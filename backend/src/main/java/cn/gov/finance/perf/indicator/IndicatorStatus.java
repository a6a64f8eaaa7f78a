package cn.gov.finance.perf.indicator;

public enum IndicatorStatus {

	/** 在用 */
	ACTIVE,
	/** 部门提议、待财政审定 */
	PROPOSED,
	/** 停用 */
	RETIRED

}
