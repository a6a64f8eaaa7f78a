package cn.gov.finance.perf.org;

/** Kinds of organisation that take part in the workflow (domain.md §2). */
public enum OrgKind {

	/** 财政局 */
	FINANCE,
	/** 预算部门/主管部门 */
	DEPARTMENT,
	/** 所属单位 */
	UNIT,
	/** 投资主管部门 */
	INVESTMENT_AUTHORITY,
	/** 第三方机构 */
	THIRD_PARTY,
	/** 审计局 */
	AUDIT,
	/** 专家库 */
	EXPERT_POOL

}
