package cn.gov.finance.perf.item;

/** Where an item stands overall; a closed item says why. */
public enum ItemStatus {

	/** 进行中 */
	ACTIVE,
	/** 不得安排预算: no supported ex-ante assessment */
	NOT_ELIGIBLE,
	/** 未安排预算: no approved target or budget */
	NOT_FUNDED,
	/** 已完成: result applied */
	COMPLETED

}
