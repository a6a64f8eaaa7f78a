package cn.gov.finance.perf.identity;

import java.util.List;

/**
 * The role groups of domain.md §2, as Camunda group ids (type {@value #ROLE_TYPE}). Organisation
 * membership is a second kind of group (type {@value #ORG_TYPE}, id {@code org-<code>}), which is
 * what department and unit tasks are offered to.
 */
public final class Roles {

	public static final String ROLE_TYPE = "ROLE";

	public static final String ORG_TYPE = "ORG";

	public static final String ORG_GROUP_PREFIX = "org-";

	/** 财政局绩效科 */
	public static final String FINANCE_PERFORMANCE = "finance-performance";

	/** 财政局预算科 */
	public static final String FINANCE_BUDGET = "finance-budget";

	/** 预算部门 */
	public static final String DEPARTMENT = "department";

	/** 所属单位 */
	public static final String UNIT = "unit";

	/** 投资主管部门 */
	public static final String INVESTMENT = "investment";

	/** 第三方机构 */
	public static final String THIRD_PARTY = "third-party";

	/** 专家 */
	public static final String EXPERT = "expert";

	/** 审计局 */
	public static final String AUDIT = "audit";

	/** 旗县市财政局: reports its county's fiscal operation and answers the League's appraisal. */
	public static final String COUNTY_FINANCE = "county-finance";

	/** 系统管理员: Camunda's own administrator group, so Cockpit and Admin accept these users. */
	public static final String ADMIN = "camunda-admin";

	public static final List<RoleGroup> ALL = List.of(new RoleGroup(FINANCE_PERFORMANCE, "财政局绩效科"),
			new RoleGroup(FINANCE_BUDGET, "财政局预算科"), new RoleGroup(DEPARTMENT, "预算部门"),
			new RoleGroup(UNIT, "所属单位"), new RoleGroup(INVESTMENT, "投资主管部门"),
			new RoleGroup(THIRD_PARTY, "第三方机构"), new RoleGroup(EXPERT, "专家"), new RoleGroup(AUDIT, "审计局"),
			new RoleGroup(COUNTY_FINANCE, "旗县市财政局"),
			new RoleGroup(ADMIN, "系统管理员"));

	private Roles() {
	}

	public static String orgGroup(String orgCode) {
		return ORG_GROUP_PREFIX + orgCode;
	}

	public record RoleGroup(String id, String name) {
	}

}
