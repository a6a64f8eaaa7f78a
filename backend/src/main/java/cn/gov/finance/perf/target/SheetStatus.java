package cn.gov.finance.perf.target;

import cn.gov.finance.perf.system.Message;

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

	/** The status as a message names it ("已批复", "approved"). */
	public Message label() {
		return switch (this) {
			case DRAFT -> Message.of("target.sheetStatus.DRAFT");
			case SUBMITTED -> Message.of("target.sheetStatus.SUBMITTED");
			case APPROVED -> Message.of("target.sheetStatus.APPROVED");
			case SUPERSEDED -> Message.of("target.sheetStatus.SUPERSEDED");
			case REJECTED -> Message.of("target.sheetStatus.REJECTED");
			case NOT_FUNDED -> Message.of("target.sheetStatus.NOT_FUNDED");
		};
	}

}
