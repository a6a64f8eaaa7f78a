package cn.gov.finance.perf.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.item.process.BudgetItemLifecycleProcess;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board benchmark's fiscal year {@value #YEAR}: {@code n} items of 41 departments in every stage
 * mix, written by SQL in the shape the application writes them — the item row, its open task in the
 * inbox read model with its candidate group (a third of them overdue), its target sheet,
 * self-evaluation and result application as far as it got, and the lifecycle's historic process
 * instance (for Camunda's reference query). Ten positions, one item in ten each: waiting in the
 * assessment; stopped at the assessment gate; filling targets; stopped at the target gate (差); in
 * monitoring with a waiting report (two of ten, lights red, yellow, green); in self-evaluation
 * (assigned to a person); in result application; completed (two of ten).
 *
 * <p>
 * Unlike the inbox benchmark the engine's runtime rows are not made: the board reads none of them.
 * The inbox reconciler would remove these inbox rows at the next start, so every run seeds again
 * (a few seconds) and removes them at the end.
 */
class BoardBenchData {

	static final int YEAR = 2046;

	static final long BASE = 90_000_000L;

	private static final Logger log = LoggerFactory.getLogger(BoardBenchData.class);

	private final JdbcTemplate jdbc;

	private final OrgUnitRepository orgs;

	private final IdentityDirectory identities;

	BoardBenchData(javax.sql.DataSource dataSource, OrgUnitRepository orgs, IdentityDirectory identities) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.orgs = orgs;
		this.identities = identities;
	}

	void clear() {
		String items = "item_id between " + BASE + " and " + (BASE + 10_000_000L);
		this.jdbc.update("delete from result_application where " + items);
		this.jdbc.update("delete from self_evaluation where " + items);
		this.jdbc.update("delete from target_sheet where " + items);
		this.jdbc.update("delete from inbox_task_group where task_id like 'bt-%'");
		this.jdbc.update("delete from inbox_task where task_id like 'bt-%'");
		this.jdbc.update("delete from budget_item where id between " + BASE + " and " + (BASE + 10_000_000L));
		this.jdbc.update("delete from ACT_HI_PROCINST where ID_ like 'bpi-%'");
	}

	void seed(int n, Instant now) {
		long started = System.nanoTime();
		clear();
		List<String> departments = new ArrayList<>(List.of("edu"));
		for (int i = 1; i <= 40; i++) {
			String code = String.format("bench%02d", i);
			departments.add(code);
			if (this.orgs.findById(code).isEmpty()) {
				this.orgs.save(new OrgUnit(code, "基准部门" + i, OrgKind.DEPARTMENT, null, "152500", 900 + i));
				this.identities.ensureOrgGroup(code, "基准部门" + i);
			}
		}
		String definition = this.jdbc.queryForObject(
				"select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc limit 1", String.class,
				BudgetItemLifecycleProcess.KEY);
		String[] stages = { "ASSESSMENT", "CLOSED", "TARGET_COMPILATION", "CLOSED", "MONITORING", "MONITORING", "EVALUATION",
				"RESULT_APPLICATION", "CLOSED", "CLOSED" };
		String[] statuses = { "ACTIVE", "NOT_ELIGIBLE", "ACTIVE", "NOT_FUNDED", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
				"COMPLETED", "COMPLETED" };
		String[] lights = { "RED", "YELLOW", "GREEN" };
		String[] grades = { "EXCELLENT", "GOOD", "FAIR", "POOR" };
		String[] linkages = { "PRIORITY", "NORMAL", "CUT", "CANCEL" };
		List<Object[]> items = new ArrayList<>();
		List<Object[]> tasks = new ArrayList<>();
		List<Object[]> groups = new ArrayList<>();
		List<Object[]> sheets = new ArrayList<>();
		List<Object[]> evaluations = new ArrayList<>();
		List<Object[]> applications = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		Timestamp created = Timestamp.from(now.minus(Duration.ofDays(60)));
		for (int i = 0; i < n; i++) {
			long id = BASE + i;
			int mix = i % 10;
			String department = departments.get(i % departments.size());
			String code = String.format("XM%d-B%05d", YEAR, i);
			String name = "锡林郭勒盟基准项目" + i + "：牧区基础设施与公共服务能力提升工程";
			boolean approved = mix >= 4;
			String light = mix >= 4 ? lights[i % 3] : null;
			String grade = mix == 3 ? "POOR" : mix >= 7 ? grades[i % 4] : mix >= 4 ? grades[i % 2] : null;
			BigDecimal amount = BigDecimal.valueOf(100_000L + (i % 97) * 12_345L, 0).setScale(2);
			items.add(new Object[] { id, code, name, "PROJECT", "152500", YEAR, "GENERAL_PUBLIC", department, amount, "NEW",
					false, stages[mix], statuses[mix], mix == 1 ? "NOT_SUPPORTED" : mix == 0 ? null : "SUPPORTED",
					mix == 1 ? "事前绩效评估不予支持，不得安排预算" : mix == 3 ? "绩效目标评审为差，不得进入预算安排" : null,
					"bpi-" + i, "bench", created, created, approved ? amount : null, approved ? created : null, light, grade });
			history.add(new Object[] { "bpi-" + i, "bpi-" + i, code, BudgetItemLifecycleProcess.KEY, definition, created,
					"CLOSED".equals(stages[mix]) ? created : null, "CLOSED".equals(stages[mix]) ? "COMPLETED" : "ACTIVE",
					"bpi-" + i });
			String taskStage = switch (mix) {
				case 0 -> "ASSESSMENT";
				case 2 -> "TARGET_COMPILATION";
				case 4, 5 -> "MONITORING";
				case 6 -> "EVALUATION";
				case 7 -> "RESULT_APPLICATION";
				default -> null;
			};
			if (taskStage != null) {
				Timestamp due = Timestamp.from(i % 3 == 0 ? now.minus(Duration.ofDays(5)) : now.plus(Duration.ofDays(15)));
				String assignee = mix == 6 ? "edu" : null;
				tasks.add(new Object[] { "bt-" + i, "bpi-" + i, BudgetItemLifecycleProcess.KEY, "Task_Bench" + taskStage,
						"办理" + taskStage, taskStage, code, id, code, name, "PROJECT", department, "152500", YEAR,
						"GENERAL_PUBLIC", amount, light, grade, 50, due, assignee, created });
				if (assignee == null) {
					groups.add(new Object[] { "org-" + department, "bt-" + i });
				}
			}
			if (mix >= 2) {
				sheets.add(new Object[] { id, id, 1, mix == 2 ? "DRAFT" : mix == 3 ? "REJECTED" : "APPROVED",
						mix == 2 ? null : mix == 3 ? "POOR" : grades[i % 2], "bench", created });
			}
			if (mix >= 6) {
				boolean fixed = mix >= 7;
				evaluations.add(new Object[] { id, id, id, fixed ? "FIXED" : "OPEN", amount, BigDecimal.TEN,
						fixed ? BigDecimal.valueOf(55 + (i % 45)) : null, fixed ? grade : null });
			}
			if (mix >= 7) {
				applications.add(new Object[] { id, id, id, grade, BigDecimal.valueOf(55 + (i % 45)),
						java.sql.Date.valueOf("2047-05-01"), YEAR + 1, linkages[i % 4], BigDecimal.ONE, amount, amount,
						mix >= 8 ? created : null });
			}
		}
		batch("insert into budget_item (id, code, name, kind, division_code, fiscal_year, budget_type, department_code,"
				+ " amount, continuity, capital_construction, stage, status, assessment_outcome, status_reason,"
				+ " process_instance_id, created_by, created_at, updated_at, version, approved_amount, budget_approved_at,"
				+ " warning_light, grade) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
				items);
		batch("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
				+ " END_TIME_, STATE_, ROOT_PROC_INST_ID_) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", history);
		batch("insert into inbox_task (task_id, process_instance_id, process_key, task_key, task_name, stage, business_key,"
				+ " item_id, item_code, item_name, item_kind, department_code, division_code, fiscal_year, budget_type,"
				+ " amount, warning_light, grade, priority, due_at, assignee, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
		// With the copies of the task row a group row carries (V74), as InboxTaskWriter writes them.
		batch("insert into inbox_task_group (group_id, task_id, unclaimed, created_at, due_at, amount, priority)"
				+ " select ?, t.task_id, true, t.created_at, t.due_at, t.amount, t.priority from inbox_task t where t.task_id = ?",
				groups);
		batch("insert into target_sheet (id, item_id, version_no, status, grade, created_by, created_at, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, 0)", sheets);
		batch("insert into self_evaluation (id, item_id, sheet_id, status, budget_amount, execution_weight, total_score,"
				+ " grade, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", evaluations);
		batch("insert into result_application (id, item_id, evaluation_id, grade, total_score, feedback_due, next_year,"
				+ " linkage_action, linkage_rate, current_amount, proposed_amount, closed_at, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", applications);
		this.jdbc.execute("analyze table budget_item, inbox_task, inbox_task_group, target_sheet, self_evaluation,"
				+ " result_application, ACT_HI_PROCINST");
		log.info("Seeded {} board items ({} open tasks) of {} by SQL in {} s", n, tasks.size(), YEAR,
				(System.nanoTime() - started) / 1_000_000_000);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

}
