package cn.gov.finance.perf.item;

/** Whether an item is new or an existing one proposed to continue. */
public enum Continuity {

	/** 新增 */
	NEW,
	/** 延续 */
	CONTINUING

}
