package cn.gov.finance.perf.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.finance.perf.appraisal.AppraisalForms;
import cn.gov.finance.perf.appraisal.AppraisalService;
import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.assessment.AssessmentForm;
import cn.gov.finance.perf.assessment.AssessmentService;
import cn.gov.finance.perf.assessment.ReviewForm;
import cn.gov.finance.perf.audit.AuditFinding;
import cn.gov.finance.perf.audit.AuditForms;
import cn.gov.finance.perf.audit.AuditReviewService;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.Continuity;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemProposal;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.monitoring.MonitoringPeriod;
import cn.gov.finance.perf.monitoring.MonitoringPeriodRepository;
import cn.gov.finance.perf.org.Division;
import cn.gov.finance.perf.org.DivisionRepository;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgLink;
import cn.gov.finance.perf.org.OrgLinkRepository;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.overall.BodyEvaluationForms;
import cn.gov.finance.perf.overall.BodyEvaluationService;
import cn.gov.finance.perf.overall.BodyKind;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.target.TargetEnums.BudgetDecision;
import cn.gov.finance.perf.target.TargetEnums.CriterionRating;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import cn.gov.finance.perf.target.TargetEnums.TargetGrade;
import cn.gov.finance.perf.target.TargetForms;
import cn.gov.finance.perf.target.TargetService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo organisations, one user per role of domain.md §2 (password {@value #PASSWORD}) and a few
 * items at different points of the chain, driven through the real services and processes. Runs once:
 * when the demo user "perf" does not exist yet.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
@Order(2)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo123";

	static final String LEAGUE = "152500";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final IdentityDirectory identities;

	private final DivisionRepository divisions;

	private final OrgUnitRepository orgUnits;

	private final ItemService items;

	private final AssessmentService assessments;

	private final TaskService taskService;

	private final TransactionTemplate transactions;

	private final TargetService targets;

	private final OrgLinkRepository links;

	private final MonitoringPeriodRepository periods;

	private final BodyEvaluationService bodyEvaluations;

	private final AppraisalService appraisals;

	private final AuditReviewService audits;

	private final AppClock clock;

	DemoData(IdentityDirectory identities, DivisionRepository divisions, OrgUnitRepository orgUnits,
			ItemService items, AssessmentService assessments, TaskService taskService,
			TransactionTemplate transactions, TargetService targets, OrgLinkRepository links,
			MonitoringPeriodRepository periods, BodyEvaluationService bodyEvaluations, AppraisalService appraisals,
			AuditReviewService audits, AppClock clock) {
		this.clock = clock;
		this.identities = identities;
		this.divisions = divisions;
		this.orgUnits = orgUnits;
		this.items = items;
		this.assessments = assessments;
		this.taskService = taskService;
		this.transactions = transactions;
		this.targets = targets;
		this.links = links;
		this.periods = periods;
		this.bodyEvaluations = bodyEvaluations;
		this.appraisals = appraisals;
		this.audits = audits;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.identities.userExists("perf")) {
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			organisations();
			users();
		});
		BudgetItem audited = items();
		oversight(audited);
		log.info("Loaded demo data: users perf, perf2, budget, edu, edu-unit, health, health-unit, xlht-edu, ndrc, thirdparty, "
				+ "expert, audit, xlht-fin, admin (password {})", PASSWORD);

	}

	private void organisations() {
		if (this.divisions.count() == 0) {
			this.divisions.saveAll(List.of(new Division(LEAGUE, "锡林郭勒盟本级", "LEAGUE", null, 0),
					new Division("152501", "二连浩特市", "COUNTY", LEAGUE, 1),
					new Division("152502", "锡林浩特市", "COUNTY", LEAGUE, 2),
					new Division("152522", "阿巴嘎旗", "COUNTY", LEAGUE, 3),
					new Division("152590", "锡林郭勒经济技术开发区", "ZONE", LEAGUE, 4)));
		}
		if (this.orgUnits.count() == 0) {
			List<OrgUnit> orgs = List.of(new OrgUnit("fin", "盟财政局", OrgKind.FINANCE, null, LEAGUE, 0),
					new OrgUnit("edu", "盟教育局", OrgKind.DEPARTMENT, null, LEAGUE, 10),
					new OrgUnit("edu-school1", "盟第一中学", OrgKind.UNIT, "edu", LEAGUE, 11),
					new OrgUnit("health", "盟卫生健康委员会", OrgKind.DEPARTMENT, null, LEAGUE, 20),
					new OrgUnit("health-hospital", "盟中心医院", OrgKind.UNIT, "health", LEAGUE, 21),
					new OrgUnit("xlht-edu", "锡林浩特市教育局", OrgKind.DEPARTMENT, null, "152502", 25),
					new OrgUnit("ndrc", "盟发展和改革委员会", OrgKind.INVESTMENT_AUTHORITY, null, LEAGUE, 30),
					new OrgUnit("tp-zhengxin", "正信绩效评价咨询有限公司", OrgKind.THIRD_PARTY, null, LEAGUE, 40),
					new OrgUnit("tp-hengda", "恒达资产评估事务所", OrgKind.THIRD_PARTY, null, LEAGUE, 41),
					new OrgUnit("audit", "盟审计局", OrgKind.AUDIT, null, LEAGUE, 50),
					new OrgUnit("xlht-fin", "锡林浩特市财政局", OrgKind.FINANCE, null, "152502", 55),
					new OrgUnit("experts", "盟预算绩效专家库", OrgKind.EXPERT_POOL, null, LEAGUE, 60));
			this.orgUnits.saveAll(orgs);
			this.orgUnits.flush();
			this.links.saveAll(List.of(new OrgLink("tp-zhengxin", "health", "近三年为其提供财务审计服务"),
					new OrgLink("tp-hengda", "edu", "法定代表人系盟教育局退休干部")));
		}
		this.orgUnits.findAll().forEach(org -> this.identities.ensureOrgGroup(org.getCode(), org.getName()));
		calendars();
	}

	/**
	 * The League's monitoring calendar: 1–7月 and 1–10月 for the budget year 2027, and for the
	 * current year a period whose report is open now, so the demo shows monitoring at work.
	 */
	private void calendars() {
		if (!this.periods.findByDivisionCodeAndFiscalYearOrderByCutoffDateAsc(LEAGUE, 2027).isEmpty()) {
			return;
		}
		this.periods.save(new MonitoringPeriod(LEAGUE, 2027, "1-7月绩效运行监控", LocalDate.of(2027, 7, 31),
				LocalDate.of(2027, 8, 10), "system"));
		this.periods.save(new MonitoringPeriod(LEAGUE, 2027, "1-10月绩效运行监控", LocalDate.of(2027, 10, 31),
				LocalDate.of(2027, 11, 10), "system"));
		LocalDate today = this.clock.today();
		LocalDate cutoff = today.withDayOfMonth(1).minusDays(1);
		if (cutoff.getYear() == today.getYear()) {
			this.periods.save(new MonitoringPeriod(LEAGUE, today.getYear(), "1-" + cutoff.getMonthValue() + "月绩效运行监控",
					cutoff, today.plusDays(10), "system"));
		}
	}

	private void users() {
		this.identities.ensureUser("perf", "王绩效", PASSWORD, "fin", Roles.FINANCE_PERFORMANCE);
		this.identities.ensureUser("perf2", "马绩效", PASSWORD, "fin", Roles.FINANCE_PERFORMANCE);
		this.identities.ensureUser("budget", "李预算", PASSWORD, "fin", Roles.FINANCE_BUDGET);
		this.identities.ensureUser("edu", "张教育", PASSWORD, "edu", Roles.DEPARTMENT);
		this.identities.ensureUser("edu-unit", "赵一中", PASSWORD, "edu-school1", Roles.UNIT);
		this.identities.ensureUser("health", "刘卫健", PASSWORD, "health", Roles.DEPARTMENT);
		this.identities.ensureUser("health-unit", "陈医院", PASSWORD, "health-hospital", Roles.UNIT);
		this.identities.ensureUser("xlht-edu", "白教育", PASSWORD, "xlht-edu", Roles.DEPARTMENT);
		this.identities.ensureUser("ndrc", "孙发改", PASSWORD, "ndrc", Roles.INVESTMENT);
		this.identities.ensureUser("thirdparty", "周评估", PASSWORD, "tp-zhengxin", Roles.THIRD_PARTY);
		this.identities.ensureUser("expert", "吴专家", PASSWORD, "experts", Roles.EXPERT);
		this.identities.ensureUser("audit", "郑审计", PASSWORD, "audit", Roles.AUDIT);
		this.identities.ensureUser("xlht-fin", "乌财政", PASSWORD, "xlht-fin", Roles.COUNTY_FINANCE);
		this.identities.ensureUser("admin", "系统管理员", PASSWORD, null, Roles.ADMIN);
	}

	/** The demo items at each step of the chain; returns the one the audit office reviews. */
	private BudgetItem items() {
		AppUser edu = new AppUser("edu", "张教育", Set.of(Roles.DEPARTMENT), "edu");
		AppUser eduUnit = new AppUser("edu-unit", "赵一中", Set.of(Roles.UNIT), "edu-school1");
		AppUser health = new AppUser("health", "刘卫健", Set.of(Roles.DEPARTMENT), "health");
		AppUser perf = new AppUser("perf", "王绩效", Set.of(Roles.FINANCE_PERFORMANCE), "fin");
		AppUser budget = new AppUser("budget", "李预算", Set.of(Roles.FINANCE_BUDGET), "fin");

		// A county (旗县市) department's project, in the county's division.
		AppUser county = new AppUser("xlht-edu", "白教育", Set.of(Roles.DEPARTMENT), "xlht-edu");
		propose(county, "锡林浩特市农村牧区学校供暖改造", ItemKind.PROJECT, "xlht-edu", null, "2400000.00", Continuity.NEW,
				false);

		// Waiting for the department's ex-ante assessment.
		propose(edu, "义务教育学生营养改善计划", ItemKind.PROJECT, "edu", "edu-school1", "3200000.00", Continuity.NEW, false);

		// Assessed; waiting for finance's review.
		BudgetItem equipment = propose(health, "基层医疗卫生机构设备购置", ItemKind.PROJECT, "health", "health-hospital",
				"5800000.00", Continuity.NEW, false);
		assess(health, equipment, 18, 16, 17, 16, 18);

		// Capital construction: assessed by the investment authority.
		propose(health, "盟中心医院门诊楼改扩建工程", ItemKind.PROJECT, "health", "health-hospital", "26000000.00",
				Continuity.NEW, true);

		// Supported; the unit is compiling its targets.
		BudgetItem security = propose(edu, "校园安全监控系统建设", ItemKind.PROJECT, "edu", "edu-school1", "1500000.00",
				Continuity.NEW, false);
		assess(edu, security, 19, 17, 18, 18, 19);
		review(perf, security, AssessmentDecision.SUPPORTED, "立项依据充分，预算测算合理，予以支持。");

		// Not supported: not eligible for budget.
		BudgetItem campaign = propose(health, "健康科普宣传活动", ItemKind.PROJECT, "health", null, "800000.00",
				Continuity.NEW, false);
		assess(health, campaign, 10, 8, 9, 11, 12);
		review(perf, campaign, AssessmentDecision.NOT_SUPPORTED, "必要性论证不足，与既有项目内容重复，不予支持。");

		// A department-overall budget needs no ex-ante assessment; targets graded 优, waiting for the budget office.
		BudgetItem overall = propose(edu, "盟教育局2027年度部门整体支出", ItemKind.DEPARTMENT_OVERALL, "edu", null,
				"48000000.00", Continuity.NEW, false);
		submitTargets(edu, overall);
		gradeTargets(perf, overall, TargetGrade.EXCELLENT, "目标完整、指标可衡量，评为优。");

		// A continuing project (not expiring): targets approved with the budget, now being monitored.
		BudgetItem youthPalace = propose(edu, "乡村学校少年宫运行补助", ItemKind.PROJECT, "edu", "edu-school1",
				"900000.00", Continuity.CONTINUING, false);
		submitTargets(eduUnit, youthPalace);
		this.targets.departmentReview(taskOf(youthPalace),
				new TargetForms.DepartmentReview(DepartmentDecision.PASS, "同意报送。"), edu);
		gradeTargets(perf, youthPalace, TargetGrade.EXCELLENT, "目标明确，评为优。");
		this.targets.budgetApproval(taskOf(youthPalace),
				new TargetForms.BudgetApproval(BudgetDecision.APPROVE, new BigDecimal("900000.00"), "同意批复。"), budget);

		// This year's project, funded and in execution: its monitoring report opens once the job executor runs.
		BudgetItem roads = this.items.propose(new ItemProposal("牧区学校校舍维修改造", ItemKind.PROJECT, this.clock.currentYear(),
				BudgetType.GENERAL_PUBLIC, "edu", "edu-school1", new BigDecimal("1000000.00"), Continuity.CONTINUING, false,
				false, null, null), edu);
		submitTargets(eduUnit, roads);
		this.targets.departmentReview(taskOf(roads), new TargetForms.DepartmentReview(DepartmentDecision.PASS, "同意报送。"),
				edu);
		gradeTargets(perf, roads, TargetGrade.EXCELLENT, "目标明确，评为优。");
		this.targets.budgetApproval(taskOf(roads),
				new TargetForms.BudgetApproval(BudgetDecision.APPROVE, new BigDecimal("1000000.00"), "同意批复。"), budget);
		return equipment;
	}

	/**
	 * Last year's department-overall and county evaluations waiting for the bodies' self-reports, last
	 * year's appraisal waiting for finance's scores, and an open audit review with one finding.
	 */
	private void oversight(BudgetItem equipment) {
		AppUser perf = new AppUser("perf", "王绩效", Set.of(Roles.FINANCE_PERFORMANCE), "fin");
		AppUser audit = new AppUser("audit", "郑审计", Set.of(Roles.AUDIT), "audit");
		int lastYear = this.clock.currentYear() - 1;
		LocalDate due = this.clock.today().plusDays(30);
		this.bodyEvaluations.start(new BodyEvaluationForms.BodyEvaluationStart(BodyKind.DEPARTMENT, lastYear, "edu", due,
				new BigDecimal("48000000.00")), perf);
		this.bodyEvaluations.start(new BodyEvaluationForms.BodyEvaluationStart(BodyKind.COUNTY, lastYear, "152502", due,
				new BigDecimal("120000000.00")), perf);
		this.appraisals.start(new AppraisalForms.AppraisalStart(lastYear), perf);

		this.audits.open(equipment.getCode(), new AuditForms.AuditReviewOpen("设备购置需求测算与事前评估的真实性"), audit);
		String review = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(equipment.getCode())
			.taskDefinitionKey(cn.gov.finance.perf.audit.process.AuditReviewProcess.TASK_REVIEW)
			.singleResult()
			.getId();
		this.audits.addFinding(review, new AuditForms.AuditFindingInput("demo-finding-1", AuditFinding.Category.TARGET,
				false, "设备购置数量测算依据不足，部分设备与在用设备重复。", null), audit);
	}

	private BudgetItem propose(AppUser user, String name, ItemKind kind, String department, String unit, String amount,
			Continuity continuity, boolean capital) {
		return this.items.propose(new ItemProposal(name, kind, 2027, BudgetType.GENERAL_PUBLIC, department, unit,
				new BigDecimal(amount), continuity, capital, false, null, null), user);
	}

	private void assess(AppUser user, BudgetItem item, int... scores) {
		String[] dimensions = { "NECESSITY", "ECONOMY", "TARGETS", "FEASIBILITY", "FUNDING" };
		List<AssessmentForm.ScoreInput> inputs = new java.util.ArrayList<>();
		for (int i = 0; i < dimensions.length; i++) {
			inputs.add(new AssessmentForm.ScoreInput(dimensions[i], BigDecimal.valueOf(scores[i]), null));
		}
		this.assessments.submit(taskOf(item), new AssessmentForm(inputs, AssessmentDecision.SUPPORTED,
				"经评估，项目具备实施条件。"), user);
	}

	private void review(AppUser user, BudgetItem item, AssessmentDecision decision, String opinion) {
		this.assessments.review(taskOf(item), new ReviewForm(decision, opinion, null), user);
	}

	private void submitTargets(AppUser user, BudgetItem item) {
		this.targets.submit(taskOf(item), DemoTargets.sheet(item.getName()), user);
	}

	private void gradeTargets(AppUser user, BudgetItem item, TargetGrade grade, String opinion) {
		this.targets.financeReview(taskOf(item), new TargetForms.FinanceReview(CriterionRating.MEETS,
				CriterionRating.MEETS, CriterionRating.MEETS, CriterionRating.MEETS, grade, opinion), user);
	}

	private String taskOf(BudgetItem item) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(item.getCode()).list().get(0).getId();
	}

}
