package cn.gov.finance.perf.item;

/** The four budgets (domain.md §1, 全覆盖). */
public enum BudgetType {

	/** 一般公共预算 */
	GENERAL_PUBLIC,
	/** 政府性基金预算 */
	GOVERNMENT_FUND,
	/** 国有资本经营预算 */
	STATE_CAPITAL,
	/** 社会保险基金预算 */
	SOCIAL_INSURANCE

}
