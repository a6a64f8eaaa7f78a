package cn.gov.finance.perf.funds;

/** What happened to an item's funds (domain.md §3.3). */
public enum FundActionType {

	/** 暂缓拨款 */
	SUSPEND,
	/** 恢复拨款 */
	RESUME,
	/** 停止拨款 */
	STOP,
	/** 预算调剂 (signed change of the approved amount) */
	REALLOCATE,
	/** 收回资金 */
	RECOVER

}
