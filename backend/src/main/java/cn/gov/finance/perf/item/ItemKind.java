package cn.gov.finance.perf.item;

/** What a budget item is (domain.md §1, 全方位). The code prefix makes item codes readable. */
public enum ItemKind {

	/** 项目 */
	PROJECT("XM"),
	/** 政策 */
	POLICY("ZC"),
	/** 部门整体 */
	DEPARTMENT_OVERALL("BM"),
	/** 转移支付 */
	TRANSFER_PAYMENT("ZY");

	private final String codePrefix;

	ItemKind(String codePrefix) {
		this.codePrefix = codePrefix;
	}

	public String codePrefix() {
		return this.codePrefix;
	}

}
