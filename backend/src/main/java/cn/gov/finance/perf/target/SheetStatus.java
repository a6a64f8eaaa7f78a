package cn.gov.finance.perf.target;

/** Where one version of a target sheet stands. Only APPROVED is in force; it is locked. */
public enum SheetStatus {

	/** 编制中 */
	DRAFT,
	/** 审核中 */
	SUBMITTED,
	/** 已批复（锁定） */
	APPROVED,
	/** 已被调整后的版本取代 */
	SUPERSEDED,
	/** 评审为差 */
	REJECTED,
	/** 预算未批复 */
	NOT_FUNDED;

	public boolean editable() {
		return this == DRAFT || this == SUBMITTED;
	}

}
