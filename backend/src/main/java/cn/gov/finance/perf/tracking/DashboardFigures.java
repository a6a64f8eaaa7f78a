package cn.gov.finance.perf.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.application.process.ResultApplicationProcess;
import cn.gov.finance.perf.assessment.process.ExAnteAssessmentProcess;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.process.CompletionEvaluationProcess;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.item.ItemStatus;
import cn.gov.finance.perf.monitoring.process.ExecutionMonitoringProcess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a fiscal year's dashboard, each one counted in SQL over the domain tables, the inbox
 * read model and Camunda's history, within what the user may see ({@link ItemAccess}: finance, audit
 * and administrators everything, a department or unit its own items, the investment authority
 * capital construction too). Every figure is one condition on {@code budget_item b}, so the items
 * behind a bar are listed with exactly the condition that counted them.
 */
@Component
class DashboardFigures {

	/** The process of each stage, whose history gives the days spent in it. */
	static final Map<ItemStage, String> STAGE_PROCESSES = stageProcesses();

	static final Set<String> LIGHTS = Set.of("RED", "YELLOW", "GREEN", "NO_BUDGET", "NONE");

	static final List<String> FUND_KEYS = List.of("SUSPEND", "STOP", "RECOVER", "CUT");

	static final List<String> COVERAGE_KEYS = List.of("SUBMITTED", "OVERDUE", "PENDING");

	private static final String GRADE = """
			coalesce((select ra.grade from result_application ra where ra.item_id = b.id),
			  (select se.grade from self_evaluation se where se.item_id = b.id and se.status = 'FIXED'))""";

	private static final String COVERAGE = """
			case when exists (select 1 from self_evaluation se where se.item_id = b.id and se.status <> 'OPEN') then 'SUBMITTED'
			  when exists (select 1 from self_evaluation se where se.item_id = b.id and se.overdue = true)
			    or exists (select 1 from evaluation_window w where w.fiscal_year = b.fiscal_year and w.due_on < :today)
			  then 'OVERDUE' else 'PENDING' end""";

	private static final String CUT = "ra.linkage_action in ('CUT', 'CANCEL')";

	private final NamedParameterJdbcTemplate jdbc;

	private final AppClock clock;

	private final OrgDirectory directory;

	DashboardFigures(NamedParameterJdbcTemplate jdbc, AppClock clock, OrgDirectory directory) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.directory = directory;
	}

	/** Items of one stage: how many, how many still running, how many stopped at it. */
	record DashboardStageCount(ItemStage stage, long items, long active, long stopped) {
	}

	/** A bar or slice: its key (what a click filters on), its name where the key is a code, the number of items. */
	record DashboardCount(String key, @Nullable String name, long items) {
	}

	/** Money acted on: suspended, stopped, recovered (fund ledger), cut (next year's budget linkage). */
	record DashboardFunds(String key, long items, BigDecimal amount) {
	}

	/** Days spent in a stage: average over the finished stage processes, and over the running ones so far. */
	record DashboardDays(ItemStage stage, long finished, @Nullable BigDecimal averageDays, long running,
			@Nullable BigDecimal averageRunningDays) {
	}

	record DashboardView(int fiscalYear, long items, List<DashboardStageCount> stages, List<DashboardCount> overdue,
			List<DashboardCount> lights, List<DashboardCount> grades, List<DashboardFunds> funds,
			List<DashboardCount> coverage, List<DashboardDays> days) {
	}

	/** One item behind a figure. */
	record DashboardItem(String code, String name, String departmentName, @Nullable String unitName, ItemStage stage,
			ItemStatus status, @Nullable String warningLight, @Nullable String grade, BigDecimal amount,
			@Nullable BigDecimal approvedAmount) {
	}

	@Transactional(readOnly = true)
	public DashboardView figures(AppUser user, int fiscalYear) {
		Query q = new Query(user, fiscalYear);
		long total = count(q, "select count(*) from budget_item b where " + q.where);
		return new DashboardView(fiscalYear, total, stages(q), overdue(q), lights(q), grades(q), funds(q), coverage(q),
				days(q));
	}

	/** A page of the items behind a figure, by code. */
	@Transactional(readOnly = true)
	public cn.gov.finance.perf.system.PageView<DashboardItem> items(AppUser user, int fiscalYear, DashboardChart chart,
			String key, int page, int size) {
		Query q = new Query(user, fiscalYear);
		String condition = condition(chart, key, q.params);
		long total = count(q, "select count(*) from budget_item b where " + q.where + " and " + condition);
		if (page > 0 && (long) page * size >= total) {
			throw DomainException.invalid("page", "tracking.pageBeyondLast", Math.max((total - 1) / size, 0));
		}
		q.params.addValue("limit", size).addValue("offset", (long) page * size);
		OrgDirectory.Names names = this.directory.names();
		List<DashboardItem> rows = this.jdbc.query("""
				select b.code, b.name, b.department_code, b.unit_code, b.stage, b.status, b.warning_light, b.grade,
				  b.amount, b.approved_amount
				from budget_item b where %s and %s order by b.code limit :limit offset :offset
				""".formatted(q.where, condition), q.params,
				(rs, n) -> new DashboardItem(rs.getString(1), rs.getString(2), names.org(rs.getString(3)),
						rs.getString(4) == null ? null : names.org(rs.getString(4)), ItemStage.valueOf(rs.getString(5)),
						ItemStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
						rs.getBigDecimal(10)));
		return new cn.gov.finance.perf.system.PageView<>(rows, total, page, size);
	}

	// ---- the figures ----

	private List<DashboardStageCount> stages(Query q) {
		Map<ItemStage, long[]> counts = new EnumMap<>(ItemStage.class);
		for (ItemStage stage : ItemStage.values()) {
			counts.put(stage, new long[3]);
		}
		this.jdbc.query("select b.stage, b.status, count(*) from budget_item b where " + q.where + " group by b.stage, b.status",
				q.params, rs -> {
					long[] c = counts.get(ItemStage.valueOf(rs.getString(1)));
					ItemStatus status = ItemStatus.valueOf(rs.getString(2));
					long n = rs.getLong(3);
					c[0] += n;
					if (status == ItemStatus.ACTIVE) {
						c[1] += n;
					}
					else if (status != ItemStatus.COMPLETED) {
						c[2] += n;
					}
				});
		return counts.entrySet().stream().map(e -> new DashboardStageCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
	}

	private List<DashboardCount> overdue(Query q) {
		OrgDirectory.Names names = this.directory.names();
		return this.jdbc.query("select b.department_code, count(*) from budget_item b where " + q.where + " and "
				+ overdueTask() + " group by b.department_code order by count(*) desc, b.department_code", q.params,
				(rs, n) -> new DashboardCount(rs.getString(1), names.org(rs.getString(1)), rs.getLong(2)));
	}

	private List<DashboardCount> lights(Query q) {
		Map<String, Long> found = grouped(q, "coalesce(b.warning_light, 'NONE')", "b.budget_approved_at is not null");
		List<DashboardCount> rows = new ArrayList<>();
		for (String light : List.of("RED", "YELLOW", "GREEN", "NO_BUDGET", "NONE")) {
			rows.add(new DashboardCount(light, null, found.getOrDefault(light, 0L)));
		}
		return rows;
	}

	private List<DashboardCount> grades(Query q) {
		Map<String, Long> found = grouped(q, GRADE, "1 = 1");
		List<DashboardCount> rows = new ArrayList<>();
		for (Grade grade : Grade.values()) {
			rows.add(new DashboardCount(grade.name(), grade.label(), found.getOrDefault(grade.name(), 0L)));
		}
		return rows;
	}

	private List<DashboardFunds> funds(Query q) {
		Map<String, DashboardFunds> found = new LinkedHashMap<>();
		this.jdbc.query("""
				select f.action, count(distinct b.id), sum(f.amount) from fund_action f join budget_item b on b.id = f.item_id
				where %s and f.action in ('SUSPEND', 'STOP', 'RECOVER') group by f.action
				""".formatted(q.where), q.params,
				rs -> {
					found.put(rs.getString(1), new DashboardFunds(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)));
				});
		this.jdbc.query("""
				select count(*), sum(ra.current_amount - coalesce(ra.confirmed_amount, ra.proposed_amount))
				from result_application ra join budget_item b on b.id = ra.item_id where %s and %s
				""".formatted(q.where, CUT), q.params, rs -> {
			found.put("CUT", new DashboardFunds("CUT", rs.getLong(1), rs.getBigDecimal(2)));
		});
		return FUND_KEYS.stream()
			.map(key -> {
				DashboardFunds f = found.get(key);
				return f == null || f.amount() == null ? new DashboardFunds(key, f == null ? 0 : f.items(), BigDecimal.ZERO.setScale(2))
						: new DashboardFunds(key, f.items(), f.amount().setScale(2, RoundingMode.HALF_UP));
			})
			.toList();
	}

	private List<DashboardCount> coverage(Query q) {
		Map<String, Long> found = grouped(q, COVERAGE, "b.budget_approved_at is not null");
		return COVERAGE_KEYS.stream().map(k -> new DashboardCount(k, null, found.getOrDefault(k, 0L))).toList();
	}

	private List<DashboardDays> days(Query q) {
		Map<String, ItemStage> stageOf = new LinkedHashMap<>();
		STAGE_PROCESSES.forEach((stage, key) -> stageOf.put(key, stage));
		q.params.addValue("processKeys", stageOf.keySet());
		Map<ItemStage, List<Long>> finished = new EnumMap<>(ItemStage.class);
		Map<ItemStage, List<Long>> running = new EnumMap<>(ItemStage.class);
		Instant now = this.clock.now();
		this.jdbc.query("""
				select p.PROC_DEF_KEY_, p.START_TIME_, p.END_TIME_ from ACT_HI_PROCINST p
				join budget_item b on b.code = p.BUSINESS_KEY_
				where %s and p.PROC_DEF_KEY_ in (:processKeys)
				""".formatted(q.where), q.params, rs -> {
			ItemStage stage = stageOf.get(rs.getString(1));
			Timestamp start = rs.getTimestamp(2);
			Timestamp end = rs.getTimestamp(3);
			if (end != null) {
				finished.computeIfAbsent(stage, s -> new ArrayList<>()).add(end.getTime() - start.getTime());
			}
			else {
				running.computeIfAbsent(stage, s -> new ArrayList<>()).add(now.toEpochMilli() - start.getTime());
			}
		});
		return STAGE_PROCESSES.keySet()
			.stream()
			.map(stage -> new DashboardDays(stage, finished.getOrDefault(stage, List.of()).size(),
					averageDays(finished.get(stage)), running.getOrDefault(stage, List.of()).size(),
					averageDays(running.get(stage))))
			.toList();
	}

	private static @Nullable BigDecimal averageDays(@Nullable List<Long> millis) {
		if (millis == null || millis.isEmpty()) {
			return null;
		}
		double average = millis.stream().mapToLong(Long::longValue).average().orElse(0);
		return BigDecimal.valueOf(Math.max(average, 0) / 86_400_000d).setScale(1, RoundingMode.HALF_UP);
	}

	// ---- conditions ----

	/** The condition on {@code b} that selects the items behind one key of a chart; 400 naming {@code key} otherwise. */
	private String condition(DashboardChart chart, String key, MapSqlParameterSource params) {
		String k = key == null ? "" : key.trim();
		params.addValue("key", k);
		return switch (chart) {
			case STAGE -> {
				requireOneOf(k, enumNames(ItemStage.values()));
				yield "b.stage = :key";
			}
			case OVERDUE -> {
				if (k.isEmpty() || k.length() > 32) {
					throw DomainException.invalid("key", "tracking.departmentCode");
				}
				yield "b.department_code = :key and " + overdueTask();
			}
			case LIGHT -> {
				requireOneOf(k, List.copyOf(LIGHTS));
				yield "b.budget_approved_at is not null and coalesce(b.warning_light, 'NONE') = :key";
			}
			case GRADE -> {
				requireOneOf(k, enumNames(Grade.values()));
				yield GRADE + " = :key";
			}
			case FUNDS -> {
				requireOneOf(k, FUND_KEYS);
				yield "CUT".equals(k) ? "exists (select 1 from result_application ra where ra.item_id = b.id and " + CUT + ")"
						: "exists (select 1 from fund_action f where f.item_id = b.id and f.action = :key)";
			}
			case COVERAGE -> {
				requireOneOf(k, COVERAGE_KEYS);
				yield "b.budget_approved_at is not null and " + COVERAGE + " = :key";
			}
			case DAYS -> {
				requireOneOf(k, STAGE_PROCESSES.keySet().stream().map(Enum::name).toList());
				params.addValue("processKey", STAGE_PROCESSES.get(ItemStage.valueOf(k)));
				yield "exists (select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = b.code and p.PROC_DEF_KEY_ = :processKey"
						+ " and p.END_TIME_ is not null)";
			}
		};
	}

	/** An open task of the item past its due date (audit reviews are finance's and audit's own business). */
	private static String overdueTask() {
		return "exists (select 1 from inbox_task t where t.item_id = b.id and t.due_at < :now and (:seesAll = true or t.stage <> 'AUDIT'))";
	}

	private static void requireOneOf(String key, List<String> allowed) {
		if (!allowed.contains(key)) {
			throw DomainException.invalid("key", "tracking.keyOneOf", String.join(", ", allowed), key);
		}
	}

	private static List<String> enumNames(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private Map<String, Long> grouped(Query q, String expression, String filter) {
		Map<String, Long> found = new LinkedHashMap<>();
		this.jdbc.query("select x.k, count(*) from (select " + expression + " as k from budget_item b where " + q.where
				+ " and " + filter + ") x where x.k is not null group by x.k", q.params,
				rs -> {
					found.put(rs.getString(1), rs.getLong(2));
				});
		return found;
	}

	private long count(Query q, String sql) {
		Long n = this.jdbc.queryForObject(sql, q.params, Long.class);
		return n == null ? 0 : n;
	}

	/** The fiscal year and what the user may see, as a condition on {@code b} and its parameters. */
	private final class Query {

		final MapSqlParameterSource params = new MapSqlParameterSource();

		final String where;

		Query(AppUser user, int fiscalYear) {
			boolean all = ItemAccess.seesAll(user);
			this.params.addValue("year", fiscalYear)
				.addValue("now", Timestamp.from(DashboardFigures.this.clock.now()))
				.addValue("today", java.sql.Date.valueOf(DashboardFigures.this.clock.today()))
				.addValue("seesAll", all)
				.addValue("org", user.orgCode() == null ? "" : user.orgCode());
			String scope;
			if (all) {
				scope = "1 = 1";
			}
			else {
				List<String> any = new ArrayList<>();
				if (user.orgCode() != null) {
					any.add("b.department_code = :org");
					any.add("b.unit_code = :org");
				}
				if (ItemAccess.seesCapitalConstruction(user)) {
					any.add("b.capital_construction = true");
				}
				scope = any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
			}
			this.where = "b.fiscal_year = :year and " + scope;
		}

	}

	private static Map<ItemStage, String> stageProcesses() {
		Map<ItemStage, String> map = new EnumMap<>(ItemStage.class);
		map.put(ItemStage.ASSESSMENT, ExAnteAssessmentProcess.KEY);
		map.put(ItemStage.TARGET_COMPILATION, TargetCompilationProcess.KEY);
		map.put(ItemStage.MONITORING, ExecutionMonitoringProcess.KEY);
		map.put(ItemStage.EVALUATION, CompletionEvaluationProcess.KEY);
		map.put(ItemStage.RESULT_APPLICATION, ResultApplicationProcess.KEY);
		return java.util.Collections.unmodifiableMap(map);
	}

}
