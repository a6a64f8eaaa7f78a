package cn.gov.finance.perf.assessment;

/** Finance's decision on an ex-ante assessment (domain.md §3.1). */
public enum AssessmentDecision {

	/** 予以支持 */
	SUPPORTED,
	/** 调整后支持: back to the assessor for revision */
	ADJUST,
	/** 不予支持 */
	NOT_SUPPORTED,
	/** 委托第三方评估: finance asks an independent institution before deciding (not a final decision) */
	COMMISSION_THIRD_PARTY

}
