package cn.gov.finance.perf.indicator;

/** How an indicator's actual value is held against its target (domain.md §3.2). */
public enum IndicatorComparator {

	/** ≥ */
	GE,
	/** ≤ */
	LE,
	/** = */
	EQ,
	/** 定性: a text target such as "效果明显" */
	QUALITATIVE;

	public boolean numeric() {
		return this != QUALITATIVE;
	}

}
