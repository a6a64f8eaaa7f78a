package cn.gov.finance.perf.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.assessment.AssessmentForm;
import cn.gov.finance.perf.assessment.AssessmentService;
import cn.gov.finance.perf.assessment.process.ExAnteAssessmentProcess;
import cn.gov.finance.perf.engine.TaskCompletionGuard;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.Continuity;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemProposal;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's data on MySQL: real items proposed through the application (so the engine, the
 * listeners and the domain write every row), then copied by SQL, row for row, with new ids.
 *
 * <p>
 * Templates: {@code EDU} items of 盟教育局 and {@code OTHERS} of 40 further departments, each with
 * its ex-ante assessment open for the department (Task_FillAssessment); and a few items whose
 * assessment waits for finance (Task_ReviewAssessment), which are not copied, so a finance officer
 * has a few tasks among everyone else's. Each template's whole instance — its executions (lifecycle,
 * call activity, assessment), task, candidate groups, variables, historic process instances and
 * task, its budget item and its inbox rows — is copied {@code copies} times: every id gets the
 * suffix {@code -b<n>} (n in base 36), the item id grows by n × {@value #ITEM_STRIDE} and its code by the same
 * suffix, so each copy is a complete, independent instance the engine can complete.
 *
 * <p>
 * Finished work: the completed historic tasks and the pipeline's completion records are copied
 * with suffix {@code -h<n>} until there are {@code finished} of each.
 */
class BenchData {

	static final long ITEM_STRIDE = 100_000;

	static final int YEAR = 2045;

	/** The number in the name of the first item whose assessment waits for finance (the next are 5 apart). */
	static final int FINANCE_FIRST = 1001;

	private static final Logger log = LoggerFactory.getLogger(BenchData.class);

	/** Id columns copied with the suffix (when not null). */
	private static final Set<String> SUFFIXED = Set.of("ID_", "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "PARENT_ID_",
			"SUPER_EXEC_", "ACT_INST_ID_", "EXECUTION_ID_", "TASK_ID_", "VAR_SCOPE_", "SUPER_PROCESS_INSTANCE_ID_",
			"PARENT_ACT_INST_ID_", "BUSINESS_KEY_", "task_id", "process_instance_id", "item_code",
			"business_key", "code");

	private final javax.sql.DataSource dataSource;

	private JdbcTemplate jdbc;

	private final ItemService items;

	private final AssessmentService assessments;

	private final OrgUnitRepository orgs;

	private final IdentityDirectory identities;

	private final TaskService taskService;

	BenchData(javax.sql.DataSource dataSource, ItemService items, AssessmentService assessments, OrgUnitRepository orgs,
			IdentityDirectory identities, TaskService taskService) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.items = items;
		this.assessments = assessments;
		this.orgs = orgs;
		this.identities = identities;
		this.taskService = taskService;
	}

	boolean seeded(int openTasks, int finished) {
		Integer open = this.jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
		Integer done = this.jdbc.queryForObject("select count(*) from task_completion", Integer.class);
		return open != null && open >= openTasks && done != null && done >= finished;
	}

	/** Seeds {@code eduTemplates + otherTemplates} × {@code copies} open tasks and {@code finished} done ones. */
	void seed(int eduTemplates, int otherTemplates, int financeTasks, int copies, int finished) {
		long started = System.nanoTime();
		List<String> departments = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			String code = String.format("bench%02d", i);
			departments.add(code);
			if (this.orgs.findById(code).isEmpty()) {
				this.orgs.save(new OrgUnit(code, "基准部门" + i, OrgKind.DEPARTMENT, null, "152500", 900 + i));
				this.identities.ensureOrgGroup(code, "基准部门" + i);
			}
		}
		List<BudgetItem> templates = new ArrayList<>();
		for (int i = 0; i < eduTemplates; i++) {
			templates.add(propose("edu", i));
		}
		for (int i = 0; i < otherTemplates; i++) {
			templates.add(propose(departments.get(i % departments.size()), i));
		}
		for (int i = 0; i < financeTasks; i++) {
			BudgetItem item = propose("edu", FINANCE_FIRST + 5 * i);
			String fill = this.taskService.createTaskQuery().processInstanceBusinessKey(item.getCode()).singleResult().getId();
			this.assessments.submit(fill, assessment(), new AppUser("edu", "张教育", Set.of(Roles.DEPARTMENT), "edu"));
		}
		log.info("Proposed {} template items through the application in {} s", templates.size() + financeTasks,
				(System.nanoTime() - started) / 1_000_000_000);

		// One connection for the copies: foreign key checks are off for its session only (a copied child
		// row may come before its copied parent within one statement).
		java.sql.Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		JdbcTemplate pooled = this.jdbc;
		this.jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
		this.jdbc.execute("set foreign_key_checks = 0");
		try {
			sequence(Math.max(copies, finished));
			this.jdbc.execute("drop table if exists bench_pi");
			this.jdbc.execute("create table bench_pi (id varchar(64) primary key)");
			List<String> lifecycles = templates.stream().map(BudgetItem::getProcessInstanceId).toList();
			for (String pi : lifecycles) {
				this.jdbc.update("insert into bench_pi values (?)", pi);
			}
			this.jdbc.update("insert into bench_pi select e.ID_ from ACT_RU_EXECUTION e where e.SUPER_EXEC_ in "
					+ "(select x.ID_ from ACT_RU_EXECUTION x join bench_pi p on x.PROC_INST_ID_ = p.id) and e.ID_ = e.PROC_INST_ID_");
			List<Long> itemIds = templates.stream().map(BudgetItem::getId).toList();
			String ids = String.join(",", itemIds.stream().map(String::valueOf).toList());
			String n = "s.n between 1 and " + (copies - 1);
			long t = System.nanoTime();
			copy("budget_item", "t.id in (" + ids + ")", n, Map.of("id", "t.id + s.n * " + ITEM_STRIDE), "-b");
			copy("ACT_RU_EXECUTION", "t.PROC_INST_ID_ in (select id from bench_pi)", n, Map.of(), "-b");
			copy("ACT_RU_TASK", "t.PROC_INST_ID_ in (select id from bench_pi)", n, Map.of(), "-b");
			copy("ACT_RU_IDENTITYLINK", "t.TASK_ID_ in (select x.ID_ from ACT_RU_TASK x join bench_pi p on x.PROC_INST_ID_ = p.id)", n,
					Map.of(), "-b");
			copy("ACT_RU_VARIABLE", "t.PROC_INST_ID_ in (select id from bench_pi)", n,
					Map.of("LONG_", "case when t.NAME_ = 'itemId' then t.LONG_ + s.n * " + ITEM_STRIDE + " else t.LONG_ end",
							"TEXT_", "case when t.NAME_ = 'itemId' then cast(t.LONG_ + s.n * " + ITEM_STRIDE
									+ " as char) else t.TEXT_ end"),
					"-b");
			copy("ACT_HI_PROCINST", "t.PROC_INST_ID_ in (select id from bench_pi)", n, Map.of(), "-b");
			copy("ACT_HI_TASKINST", "t.PROC_INST_ID_ in (select id from bench_pi) and t.END_TIME_ is null", n, Map.of(), "-b");
			copy("inbox_task", "t.process_instance_id in (select id from bench_pi)", n,
					Map.of("item_id", "t.item_id + s.n * " + ITEM_STRIDE), "-b");
			copy("inbox_task_group", "t.task_id in (select x.task_id from inbox_task x join bench_pi p on x.process_instance_id = p.id)",
					n, Map.of(), "-b");
			log.info("Copied {} template instances {} times in {} s", templates.size(), copies - 1,
					(System.nanoTime() - t) / 1_000_000_000);

			t = System.nanoTime();
			fill("ACT_HI_TASKINST", "t.END_TIME_ is not null and t.ID_ not like '%-h%'", finished);
			fill("task_completion", "t.task_id not like '%-h%'", finished);
			log.info("Copied finished tasks to {} in {} s", finished, (System.nanoTime() - t) / 1_000_000_000);
		}
		finally {
			this.jdbc.execute("set foreign_key_checks = 1");
			try {
				connection.close();
			}
			catch (java.sql.SQLException ex) {
				log.warn("Closing the seeding connection", ex);
			}
			this.jdbc = pooled;
		}
		this.jdbc.execute("analyze table ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_EXECUTION, ACT_RU_VARIABLE, "
				+ "ACT_HI_TASKINST, inbox_task, inbox_task_group, task_completion, budget_item");
		log.info("Seeded in {} s: {} open tasks, {} finished", (System.nanoTime() - started) / 1_000_000_000,
				count("ACT_RU_TASK"), count("ACT_HI_TASKINST where END_TIME_ is not null"));
	}

	/**
	 * Sends every assessment the completion benchmark submitted back to its department, as finance's
	 * "adjust" does (bare {@code TaskService.complete}, not measured): the fill task is open again
	 * and the finance officer has only the seeded few reviews, so each run measures the same inbox.
	 * Without it every run left 2 × rounds × batch more reviews in finance's inbox. Fifty to a
	 * transaction, so the disk's fsync at commit does not make this take minutes. Returns how many.
	 */
	int returnSubmittedAssessments(int financeTasks, TransactionTemplate transaction) {
		List<String> seeded = new ArrayList<>();
		for (int i = 0; i < financeTasks; i++) {
			seeded.add("'" + name("edu", FINANCE_FIRST + 5 * i) + "'");
		}
		List<String> reviews = this.jdbc.queryForList("select task_id from inbox_task where task_key = '"
				+ ExAnteAssessmentProcess.TASK_REVIEW + "' and item_name not in (" + String.join(", ", seeded) + ")",
				String.class);
		for (int from = 0; from < reviews.size(); from += 50) {
			List<String> batch = reviews.subList(from, Math.min(reviews.size(), from + 50));
			transaction.executeWithoutResult(status -> batch.forEach(review -> TaskCompletionGuard.completing(review,
					() -> this.taskService.complete(review,
							Map.of(ExAnteAssessmentProcess.VAR_DECISION, AssessmentDecision.ADJUST.name())))));
		}
		return reviews.size();
	}

	private static String name(String department, int i) {
		return "基准项目-" + department + "-" + i;
	}

	private BudgetItem propose(String department, int i) {
		ItemProposal proposal = new ItemProposal(name(department, i), i % 5 == 0 ? ItemKind.POLICY : ItemKind.PROJECT,
				YEAR, i % 7 == 0 ? BudgetType.GOVERNMENT_FUND : BudgetType.GENERAL_PUBLIC, department, null,
				new BigDecimal(100_000 + (i * 7919L) % 9_000_000), Continuity.NEW, false, false, null, null);
		return this.items.propose(proposal, new AppUser("bench-" + department, "基准", Set.of(Roles.DEPARTMENT), department));
	}

	private static AssessmentForm assessment() {
		List<AssessmentForm.ScoreInput> scores = new ArrayList<>();
		for (String dimension : SliceApi.PROJECT_DIMENSIONS) {
			scores.add(new AssessmentForm.ScoreInput(dimension, new BigDecimal("18"), null));
		}
		return new AssessmentForm(scores, AssessmentDecision.SUPPORTED, "基准评估。");
	}

	/** A table of the numbers 1..max to join against. */
	private void sequence(int max) {
		this.jdbc.execute("drop table if exists bench_seq");
		this.jdbc.execute("create table bench_seq (n int primary key)");
		this.jdbc.execute("insert into bench_seq values (1)");
		Integer have = 1;
		while (have < max) {
			this.jdbc.update("insert into bench_seq select n + ? from bench_seq where n + ? <= ?", have, have, max);
			have = this.jdbc.queryForObject("select count(*) from bench_seq", Integer.class);
		}
	}

	/** Copies the rows of a table that match {@code where}, once per number of {@code numbers}. */
	private void copy(String table, String where, String numbers, Map<String, String> overrides, String marker) {
		List<String> columns = this.jdbc.queryForList("select column_name from information_schema.columns "
				+ "where table_schema = database() and table_name = ? order by ordinal_position", String.class, table);
		Map<String, String> select = new LinkedHashMap<>();
		for (String column : columns) {
			if (overrides.containsKey(column)) {
				select.put(column, overrides.get(column));
			}
			else if (SUFFIXED.contains(column)) {
				select.put(column, "case when t." + column + " is null then null else concat(t." + column + ", '" + marker
						+ "', lower(conv(s.n, 10, 36))) end");
			}
			else {
				select.put(column, "t." + column);
			}
		}
		// The templates first, in a small table of their own: joined with the numbers, they are read
		// once per copy instead of scanning the whole table once per number.
		this.jdbc.execute("drop table if exists bench_tpl");
		this.jdbc.execute("create table bench_tpl as select * from " + table + " t where " + where);
		int rows = this.jdbc.update("insert into " + table + " (" + String.join(", ", select.keySet()) + ") select "
				+ String.join(", ", select.values()) + " from bench_tpl t join bench_seq s on " + numbers);
		this.jdbc.execute("drop table bench_tpl");
		log.info("  {}: {} rows", table, rows);
	}

	/** Copies the rows matching {@code where} until the table has {@code target} of them. */
	private void fill(String table, String where, int target) {
		int templates = this.jdbc.queryForObject("select count(*) from " + table + " t where " + where, Integer.class);
		if (templates == 0) {
			return;
		}
		int per = (target + templates - 1) / templates;
		copy(table, where, "s.n between 1 and " + per, Map.of("id", "null"), "-h");
	}

	private long count(String tableAndWhere) {
		Long n = this.jdbc.queryForObject("select count(*) from " + tableAndWhere, Long.class);
		return n == null ? 0 : n;
	}

}
