package cn.gov.finance.perf.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.SqlLike;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox's queries, on the read model only. A user's tasks are index range scans — the tasks
 * assigned to them, those assigned to whom they stand in for today, and the unclaimed tasks of
 * their groups (through {@code inbox_task_group}'s primary key) — so what a page costs grows with
 * the user's own tasks, not with everyone's. A page is one statement: the rows with their candidate
 * groups and the total (by a window count); whom the user stands in for is part of it, not a query
 * of its own.
 */
@Component
class InboxSearch {

	enum Tab {

		/** Assigned to me, and my groups' unclaimed tasks. */
		TODO,
		/** Assigned to me. */
		CLAIMED

	}

	record Page<T>(List<T> rows, long total) {
	}

	record FacetValue(String value, String label, long count) {
	}

	record TabCounts(long todo, long claimed, long done) {
	}

	static final int DEFAULT_SOON_DAYS = 3;

	private final NamedParameterJdbcTemplate jdbc;

	private final AppClock clock;

	InboxSearch(NamedParameterJdbcTemplate jdbc, AppClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Page<InboxRow> page(AppUser user, Tab tab, InboxFilter filter, InboxSort sort, String direction, int page, int size) {
		MapSqlParameterSource params = base(user, filter);
		// Sorted and cut on narrow rows (id and sort keys), then joined back for the page's rows only,
		// with their candidate groups (one result row per group; a task's rows are adjacent, as every
		// order ends with the task id).
		String order = sort.orderBy(direction);
		String sql = "select t.*, p.total_count, g.group_id as candidate_group from (select v.*, count(*) over () as total_count from ("
				+ mine(tab, filter, NARROW) + ") v order by " + order + " limit :limit offset :offset) p "
				+ "join inbox_task t on t.task_id = p.task_id left join inbox_task_group g on g.task_id = t.task_id order by "
				+ order.replace("v.", "p.") + ", g.group_id";
		params.addValue("limit", size).addValue("offset", (long) page * size);
		long[] total = { -1 };
		List<InboxRow> rows = new ArrayList<>();
		List<List<String>> groups = new ArrayList<>();
		this.jdbc.query(sql, params, rs -> {
			total[0] = rs.getLong("total_count");
			String taskId = rs.getString("task_id");
			if (rows.isEmpty() || !rows.get(rows.size() - 1).taskId().equals(taskId)) {
				rows.add(InboxTasks.map(rs, rows.size()));
				groups.add(new ArrayList<>());
			}
			String group = rs.getString("candidate_group");
			if (group != null) {
				groups.get(groups.size() - 1).add(group);
			}
		});
		if (rows.isEmpty()) {
			total[0] = page == 0 ? 0 : count(user, tab, filter);
		}
		List<InboxRow> result = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			result.add(InboxTasks.withGroups(rows.get(i), groups.get(i)));
		}
		return new Page<>(result, total[0]);
	}

	long count(AppUser user, Tab tab, InboxFilter filter) {
		Long n = this.jdbc.queryForObject("select count(*) from (" + mine(tab, filter, ID) + ") v", base(user, filter),
				Long.class);
		return n == null ? 0 : n;
	}

	/** How many of the tab's tasks have each value of each filter, in two statements. */
	Map<String, List<FacetValue>> facets(AppUser user, Tab tab) {
		InboxFilter none = InboxFilter.none();
		MapSqlParameterSource params = base(user, none);
		String dueBucket = "case when due_at is null then 'NONE' when due_at < :now then 'OVERDUE' "
				+ "when due_at < :soon then 'SOON' else 'LATER' end";
		String sql = "with v as (" + mine(tab, none) + ")\n"
				+ facet("stage", "stage", "null") + " union all\n" + facet("taskKey", "task_key", "max(task_name)")
				+ " union all\n" + facet("itemKind", "item_kind", "null") + " union all\n"
				+ facet("department", "department_code", "null") + " union all\n"
				+ facet("division", "division_code", "null") + " union all\n"
				+ facet("budgetType", "budget_type", "null") + " union all\n"
				+ facet("light", "warning_light", "null") + " union all\n" + facet("grade", "grade", "null")
				+ " union all\n" + "select 'due' as facet, d.bucket as val, null as label, count(*) as n from (select "
				+ dueBucket + " as bucket from v) d group by d.bucket";
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		this.jdbc.query(sql, params, rs -> {
			String value = rs.getString("val");
			if (value != null) {
				facets.computeIfAbsent(rs.getString("facet").trim(), f -> new ArrayList<>())
					.add(new FacetValue(value.trim(), rs.getString("label"), rs.getLong("n")));
			}
		});
		// Years are numbers: counted on their own, since a union with the text facets would mix column types.
		this.jdbc.query("with v as (" + mine(tab, none) + ") select fiscal_year, count(*) as n from v "
				+ "where fiscal_year is not null group by fiscal_year order by fiscal_year desc", params, rs -> {
					facets.computeIfAbsent("fiscalYear", f -> new ArrayList<>())
						.add(new FacetValue(String.valueOf(rs.getInt(1)), null, rs.getLong(2)));
				});
		facets.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("fiscalYear"))
			.forEach(e -> e.getValue().sort((a, b) -> Long.compare(b.count(), a.count())));
		return facets;
	}

	TabCounts tabs(AppUser user) {
		MapSqlParameterSource params = base(user, InboxFilter.none());
		return this.jdbc.queryForObject("select (select count(*) from (" + mine(Tab.TODO, InboxFilter.none(), ID) + ") a) as todo, "
				+ "(select count(*) from inbox_task where assignee = :me) as claimed, "
				+ "(select count(*) from task_completion where actor = :me) as done", params,
				(rs, n) -> new TabCounts(rs.getLong("todo"), rs.getLong("claimed"), rs.getLong("done")));
	}

	/** What the user completed, latest first (from the pipeline's record). */
	Page<TaskCompletions.Completion> done(AppUser user, InboxFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource("me", user.id());
		StringBuilder where = new StringBuilder("c.actor = :me");
		if (!filter.stages().isEmpty()) {
			where.append(" and c.stage in (:stages)");
			params.addValue("stages", filter.stages().stream().map(Enum::name).toList());
		}
		if (!filter.taskKeys().isEmpty()) {
			where.append(" and c.task_key in (:taskKeys)");
			params.addValue("taskKeys", filter.taskKeys());
		}
		if (filter.search() != null) {
			where.append(" and (lower(c.item_name) like :q escape '!' or lower(c.item_code) like :q escape '!'"
					+ " or lower(c.subject) like :q escape '!' or lower(c.task_name) like :q escape '!')");
			params.addValue("q", SqlLike.containsLower(filter.search()));
		}
		params.addValue("limit", size).addValue("offset", (long) page * size);
		long[] total = { 0 };
		List<TaskCompletions.Completion> rows = this.jdbc.query("select c.*, count(*) over () as total_count "
				+ "from task_completion c where " + where + " order by c.completed_at desc, c.id desc limit :limit offset :offset",
				params, (rs, n) -> {
					total[0] = rs.getLong("total_count");
					return TaskCompletions.map(rs, n);
				});
		if (rows.isEmpty() && page > 0) {
			Long n = this.jdbc.queryForObject("select count(*) from task_completion c where " + where, params, Long.class);
			total[0] = n == null ? 0 : n;
		}
		return new Page<>(rows, total[0]);
	}

	private static String facet(String name, String column, String label) {
		return "select '" + name + "' as facet, " + column + " as val, " + label + " as label, count(*) as n from v group by "
				+ column;
	}

	/** What the sorts need of a row (a group row carries copies of them). */
	private static final String NARROW = "t.task_id, t.created_at, t.due_at, t.amount, t.priority";

	private static final String ID = "t.task_id";

	private static String mine(Tab tab, InboxFilter filter) {
		return mine(tab, filter, "t.*");
	}

	/**
	 * The user's tasks of a tab, filtered: disjoint branches, each on its own index — assigned to
	 * the user; assigned to someone they stand in for today (where they may do it: one of its groups
	 * is theirs, or it has none); unclaimed in their groups.
	 */
	private static String mine(Tab tab, InboxFilter filter, String columns) {
		String filters = filters(filter);
		String assigned = "select " + columns + " from inbox_task t where t.assignee = :me" + filters;
		if (tab == Tab.CLAIMED) {
			return assigned;
		}
		String standIn = "\nunion all\nselect " + columns + " from inbox_task t where t.assignee in (" + PRINCIPALS
				+ ") and (t.task_id in (select g.task_id from inbox_task_group g where g.group_id in (:groups)) or not exists "
				+ "(select 1 from inbox_task_group x where x.task_id = t.task_id))" + filters;
		return assigned + standIn + "\nunion all\n" + unclaimedInMyGroups(columns, filters);
	}

	/**
	 * The unclaimed tasks of the user's groups. Without a filter, and when the columns asked for are
	 * among the copies a group row carries (V74), this reads the user's group rows alone, in primary-key
	 * order — no lookup of each task's row — and counts a task in several of their groups once.
	 */
	private static String unclaimedInMyGroups(String columns, String filters) {
		if (filters.isEmpty() && (columns.equals(NARROW) || columns.equals(ID))) {
			return "select distinct " + columns.replace("t.", "g.") + " from inbox_task_group g where g.group_id in (:groups) "
					+ "and g.unclaimed = true";
		}
		return "select " + columns + " from inbox_task t where t.assignee is null and t.task_id in "
				+ "(select g.task_id from inbox_task_group g where g.group_id in (:groups))" + filters;
	}

	/**
	 * Whom the user stands in for today, as {@link Substitutions#principalsOf} finds them: a leave
	 * not cancelled that has begun and not ended, of a principal who is (still) a user.
	 */
	private static final String PRINCIPALS = "select s.principal from task_substitution s where s.substitute = :me "
			+ "and s.cancelled_at is null and s.ends_on >= :today and s.starts_on <= :today "
			+ "and exists (select 1 from ACT_ID_USER u where u.ID_ = s.principal)";

	private static String filters(InboxFilter f) {
		StringBuilder sql = new StringBuilder();
		if (!f.stages().isEmpty()) {
			sql.append(" and t.stage in (:stages)");
		}
		if (!f.taskKeys().isEmpty()) {
			sql.append(" and t.task_key in (:taskKeys)");
		}
		if (!f.itemKinds().isEmpty()) {
			sql.append(" and t.item_kind in (:itemKinds)");
		}
		if (!f.departments().isEmpty()) {
			sql.append(" and t.department_code in (:departments)");
		}
		if (!f.divisions().isEmpty()) {
			sql.append(" and t.division_code in (:divisions)");
		}
		if (!f.fiscalYears().isEmpty()) {
			sql.append(" and t.fiscal_year in (:fiscalYears)");
		}
		if (!f.budgetTypes().isEmpty()) {
			sql.append(" and t.budget_type in (:budgetTypes)");
		}
		if (!f.lights().isEmpty()) {
			sql.append(" and t.warning_light in (:lights)");
		}
		if (!f.grades().isEmpty()) {
			sql.append(" and t.grade in (:grades)");
		}
		if (f.due() == InboxFilter.Due.OVERDUE) {
			sql.append(" and t.due_at < :now");
		}
		else if (f.due() == InboxFilter.Due.SOON) {
			sql.append(" and t.due_at >= :now and t.due_at < :soon");
		}
		else if (f.due() == InboxFilter.Due.NONE) {
			sql.append(" and t.due_at is null");
		}
		if (f.search() != null) {
			sql.append(" and (lower(t.item_name) like :q escape '!' or lower(t.item_code) like :q escape '!'"
					+ " or lower(t.subject) like :q escape '!' or lower(t.task_name) like :q escape '!')");
		}
		return sql.toString();
	}

	private MapSqlParameterSource base(AppUser user, InboxFilter f) {
		Instant now = this.clock.now();
		int soonDays = f.dueWithinDays() == null ? DEFAULT_SOON_DAYS : f.dueWithinDays();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("me", user.id())
			.addValue("groups", user.candidateGroups().isEmpty() ? List.of("-") : user.candidateGroups())
			.addValue("today", this.clock.today())
			.addValue("now", Timestamp.from(now))
			.addValue("soon", Timestamp.from(now.plus(Duration.ofDays(soonDays))))
			.addValue("stages", f.stages().stream().map(Enum::name).toList())
			.addValue("taskKeys", f.taskKeys())
			.addValue("itemKinds", f.itemKinds())
			.addValue("departments", f.departments())
			.addValue("divisions", f.divisions())
			.addValue("fiscalYears", f.fiscalYears())
			.addValue("budgetTypes", f.budgetTypes())
			.addValue("lights", f.lights())
			.addValue("grades", f.grades());
		if (f.search() != null) {
			params.addValue("q", SqlLike.containsLower(f.search()));
		}
		return params;
	}

}
