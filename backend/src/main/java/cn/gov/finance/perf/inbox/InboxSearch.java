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

	/** The filters the counts are given for, each with its column of the read model. */
	private static final Map<String, String> FACET_COLUMNS = facetColumns();

	private static Map<String, String> facetColumns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("stage", "stage");
		columns.put("taskKey", "task_key");
		columns.put("itemKind", "item_kind");
		columns.put("department", "department_code");
		columns.put("division", "division_code");
		columns.put("budgetType", "budget_type");
		columns.put("light", "warning_light");
		columns.put("grade", "grade");
		columns.put("fiscalYear", "fiscal_year");
		columns.put("due", "due_bucket");
		return columns;
	}

	/**
	 * How many of the tab's tasks have each value of each filter, in one statement and one pass over
	 * the tab's tasks: grouped by every filter column at once (a few hundred combinations where the
	 * tab holds thousands of tasks), each facet summed here. It was a statement per facet over the
	 * same tasks, 370 ms for 5,000 tasks.
	 */
	Map<String, List<FacetValue>> facets(AppUser user, Tab tab) {
		InboxFilter none = InboxFilter.none();
		MapSqlParameterSource params = base(user, none);
		String dueBucket = "case when v.due_at is null then 'NONE' when v.due_at < :now then 'OVERDUE' "
				+ "when v.due_at < :soon then 'SOON' else 'LATER' end";
		String grouped = String.join(", ", FACET_COLUMNS.values());
		String sql = "select " + grouped + ", max(task_name) as task_name, count(*) as n from (select v.*, " + dueBucket
				+ " as due_bucket from (" + mine(tab, none, FACET_INPUT) + ") v) w group by " + grouped;
		Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
		Map<String, String> taskNames = new java.util.HashMap<>();
		FACET_COLUMNS.keySet().forEach(facet -> counts.put(facet, new LinkedHashMap<>()));
		this.jdbc.query(sql, params, rs -> {
			long n = rs.getLong("n");
			for (Map.Entry<String, String> facet : FACET_COLUMNS.entrySet()) {
				Object value = rs.getObject(facet.getValue());
				if (value != null) {
					counts.get(facet.getKey()).computeIfAbsent(value.toString().trim(), v -> new long[1])[0] += n;
				}
			}
			// A task key's label: the greatest name of its tasks, the greatest of each combination's greatest.
			String name = rs.getString("task_name");
			taskNames.merge(rs.getString("task_key"), name, (a, b) -> a.compareTo(b) >= 0 ? a : b);
		});
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		counts.forEach((facet, values) -> {
			if (values.isEmpty()) {
				return;
			}
			List<FacetValue> list = new ArrayList<>();
			values.forEach((value, n) -> list.add(new FacetValue(value, facet.equals("taskKey") ? taskNames.get(value) : null, n[0])));
			if (facet.equals("fiscalYear")) {
				list.sort((a, b) -> Integer.compare(Integer.parseInt(b.value()), Integer.parseInt(a.value())));
			}
			else {
				list.sort((a, b) -> Long.compare(b.count(), a.count()));
			}
			facets.put(facet, list);
		});
		return facets;
	}

	/** What the facets need of a task. */
	private static final String FACET_INPUT = "t.stage, t.task_key, t.task_name, t.item_kind, t.department_code, "
			+ "t.division_code, t.budget_type, t.warning_light, t.grade, t.fiscal_year, t.due_at";

	/**
	 * The "done" tab counts up to this many and then says "more": a long-serving officer has
	 * hundreds of thousands of completions, and counting them all took 110 ms on every inbox visit.
	 */
	static final int DONE_COUNT_LIMIT = 10_000;

	TabCounts tabs(AppUser user) {
		MapSqlParameterSource params = base(user, InboxFilter.none());
		return this.jdbc.queryForObject("select (select count(*) from (" + mine(Tab.TODO, InboxFilter.none(), ID) + ") a) as todo, "
				+ "(select count(*) from inbox_task where assignee = :me) as claimed, "
				+ "(select count(*) from (select c.id from task_completion c where c.actor = :me limit " + DONE_COUNT_LIMIT
				+ ") d) as done", params,
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
		// Rows in the order of the (actor, completed_at) index; the total is counted up to the limit
		// (a window count over every completion of the user would read them all for each page).
		List<TaskCompletions.Completion> rows = this.jdbc.query("select c.* from task_completion c where " + where
				+ " order by c.completed_at desc, c.id desc limit :limit offset :offset", params, TaskCompletions::map);
		long offset = (long) page * size;
		if (!rows.isEmpty() && rows.size() < size) {
			return new Page<>(rows, offset + rows.size());
		}
		Long counted = this.jdbc.queryForObject("select count(*) from (select c.id from task_completion c where " + where
				+ " limit " + DONE_COUNT_LIMIT + ") d", params, Long.class);
		long n = counted == null ? 0 : counted;
		// At the limit there are at least that many: a full page then promises one more, so every
		// completion stays reachable page by page.
		return new Page<>(rows, n < DONE_COUNT_LIMIT || rows.isEmpty() ? n : Math.max(n, offset + size + 1));
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
