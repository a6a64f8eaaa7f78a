package cn.gov.finance.perf.tracking;

import cn.gov.finance.perf.item.ItemStage;

/** The board's columns: the five links of the chain (domain.md §3), in order. */
public enum BoardColumn {

	/** 事前绩效评估 */
	ASSESSMENT("事前绩效评估"),
	/** 绩效目标管理 */
	TARGET_COMPILATION("绩效目标"),
	/** 绩效运行监控 */
	MONITORING("绩效监控"),
	/** 绩效评价 */
	EVALUATION("绩效评价"),
	/** 结果应用 */
	RESULT_APPLICATION("结果应用");

	private final String label;

	BoardColumn(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	ItemStage stage() {
		return ItemStage.valueOf(name());
	}

}
