package cn.gov.finance.perf.tracking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.HolderNames;
import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.item.ItemStatus;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.tracking.BoardRow.BoardCell;
import cn.gov.finance.perf.tracking.BoardRow.BoardStep;
import cn.gov.finance.perf.tracking.CellState.Position;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign board of a fiscal year (督办看板): one row per item, one cell per stage. Reads only
 * the item table, the inbox read model ({@code inbox_task}: current steps, holders, due dates) and
 * the outcome columns of the stages' tables — never the engine. A page is one statement for the
 * rows, one for the total, one per detail table for the rows shown; the counts are one grouped
 * statement on the items plus one on their overdue tasks.
 */
@Component
public class CampaignBoard {

	/** Rows handed to an export at a time, with their details. */
	static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final HolderNames names;

	private final AppClock clock;

	CampaignBoard(NamedParameterJdbcTemplate jdbc, HolderNames names, AppClock clock) {
		this.jdbc = jdbc;
		this.names = names;
		this.clock = clock;
	}

	public record BoardPage(List<BoardRow> content, long totalElements, int page, int size, BoardCounts counts) {
	}

	/** Per column, how many items are in each state, and how many of them have an overdue task there. */
	public record BoardColumnCount(BoardColumn column, long notStarted, long inProgress, long done, long stopped,
			long overdue) {
	}

	public record BoardCounts(long total, List<BoardColumnCount> columns) {
	}

	/** Finance, audit and administrators see every item; a department or unit its own; nobody else the board. */
	static void requireAllowed(AppUser user) {
		if (!ItemAccess.seesAll(user) && !(user.orgCode() != null && user.hasAnyRole(Roles.DEPARTMENT, Roles.UNIT))) {
			throw DomainException.forbidden("tracking.boardAudience");
		}
	}

	public BoardPage page(BoardQuery query, AppUser user, BoardSort sort, boolean descending, int page, int size) {
		requireAllowed(user);
		Map<Position, Long> byPosition = positions(query, user);
		Where where = where(query, user);
		MapSqlParameterSource params = where.params.addValue("limit", size).addValue("offset", (long) page * size);
		List<ItemRow> items = this.jdbc.query("select " + ITEM_COLUMNS + " from budget_item b where " + where.sql
				+ " order by " + sort.orderBy(descending) + " limit :limit offset :offset", params, CampaignBoard::item);
		// The rows behind the page are the counted positions the cell filter keeps: no count statement.
		List<Position> kept = query.column() == null ? CellState.POSITIONS : query.state().positionsIn(query.column());
		long total = kept.stream().mapToLong(p -> byPosition.getOrDefault(p, 0L)).sum();
		return new BoardPage(details(items), total, page, size, counts(byPosition, query, user));
	}

	public BoardCounts counts(BoardQuery query, AppUser user) {
		requireAllowed(user);
		return counts(positions(query, user), query, user);
	}

	/** How many items of the filtered board (without the cell filter) are at each stage and status. */
	private Map<Position, Long> positions(BoardQuery query, AppUser user) {
		Where where = where(query.withoutCell(), user);
		Map<Position, Long> byPosition = new HashMap<>();
		this.jdbc.query("select b.stage, b.status, count(*) as n from budget_item b where " + where.sql
				+ " group by b.stage, b.status", where.params, (RowCallbackHandler) rs -> byPosition.put(
						new Position(ItemStage.valueOf(rs.getString("stage")), ItemStatus.valueOf(rs.getString("status"))),
						rs.getLong("n")));
		return byPosition;
	}

	private BoardCounts counts(Map<Position, Long> byPosition, BoardQuery query, AppUser user) {
		Where where = where(query.withoutCell(), user);
		Map<String, Long> overdueByStage = new HashMap<>();
		this.jdbc.query("select t.stage, count(distinct t.item_id) as n from inbox_task t join budget_item b on b.id = t.item_id"
				+ " where t.due_at < :now and " + where.sql + " group by t.stage", where.params,
				(RowCallbackHandler) rs -> overdueByStage.put(rs.getString("stage"), rs.getLong("n")));
		List<BoardColumnCount> columns = new ArrayList<>();
		for (BoardColumn column : BoardColumn.values()) {
			long[] n = new long[CellState.values().length];
			byPosition.forEach((p, count) -> n[CellState.of(column, p.stage(), p.status()).ordinal()] += count);
			columns.add(new BoardColumnCount(column, n[0], n[1], n[2], n[3], overdueByStage.getOrDefault(column.name(), 0L)));
		}
		long total = byPosition.values().stream().mapToLong(Long::longValue).sum();
		return new BoardCounts(total, columns);
	}

	/** Every row of the filtered board in order, {@value #CHUNK} at a time with their details (for export). */
	public void forEach(BoardQuery query, AppUser user, BoardSort sort, boolean descending, Consumer<List<BoardRow>> sink) {
		requireAllowed(user);
		Where where = where(query, user);
		List<ItemRow> chunk = new ArrayList<>(CHUNK);
		this.jdbc.query("select " + ITEM_COLUMNS + " from budget_item b where " + where.sql + " order by "
				+ sort.orderBy(descending), where.params, (RowCallbackHandler) rs -> {
					chunk.add(item(rs, 0));
					if (chunk.size() == CHUNK) {
						sink.accept(details(chunk));
						chunk.clear();
					}
				});
		if (!chunk.isEmpty()) {
			sink.accept(details(chunk));
		}
	}

	private static final String ITEM_COLUMNS = "b.id, b.code, b.name, b.kind, b.department_code, b.unit_code, b.budget_type,"
			+ " b.amount, b.approved_amount, b.stage, b.status, b.status_reason, b.assessment_outcome, b.warning_light, b.grade";

	static final String OVERDUE = "exists (select 1 from inbox_task o where o.item_id = b.id and o.due_at < :now)";

	private record Where(String sql, MapSqlParameterSource params) {
	}

	private Where where(BoardQuery q, AppUser user) {
		StringBuilder sql = new StringBuilder("b.fiscal_year = :year");
		MapSqlParameterSource params = new MapSqlParameterSource("year", q.fiscalYear()).addValue("now",
				Timestamp.from(this.clock.now()));
		if (!ItemAccess.seesAll(user)) {
			sql.append(" and (b.department_code = :org or b.unit_code = :org)");
			params.addValue("org", user.orgCode());
		}
		text(sql, params, "b.division_code", "division", q.divisionCode());
		text(sql, params, "b.department_code", "department", q.departmentCode());
		text(sql, params, "b.unit_code", "unit", q.unitCode());
		text(sql, params, "b.kind", "kind", q.kind() == null ? null : q.kind().name());
		text(sql, params, "b.budget_type", "budgetType", q.budgetType() == null ? null : q.budgetType().name());
		text(sql, params, "b.stage", "stage", q.stage() == null ? null : q.stage().name());
		text(sql, params, "b.warning_light", "light", q.light() == null ? null : q.light().name());
		text(sql, params, "b.grade", "grade", q.grade() == null ? null : q.grade().name());
		if (Boolean.TRUE.equals(q.overdue())) {
			sql.append(" and ").append(OVERDUE);
		}
		else if (Boolean.FALSE.equals(q.overdue())) {
			sql.append(" and not ").append(OVERDUE);
		}
		if (q.holder() != null && !q.holder().isBlank()) {
			sql.append(" and exists (select 1 from inbox_task h where h.item_id = b.id and (h.assignee = :holder"
					+ " or (h.assignee is null and exists (select 1 from inbox_task_group hg where hg.task_id = h.task_id"
					+ " and hg.group_id = :holder))))");
			params.addValue("holder", q.holder().trim());
		}
		if (q.q() != null && !q.q().isBlank()) {
			sql.append(" and (b.code like :q or b.name like :q)");
			params.addValue("q", "%" + q.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (q.column() != null || q.state() != null) {
			if (q.column() == null || q.state() == null) {
				throw DomainException.invalid(q.column() == null ? "column" : "state", "tracking.columnAndState");
			}
			List<Position> positions = q.state().positionsIn(q.column());
			List<String> alternatives = new ArrayList<>();
			for (int i = 0; i < positions.size(); i++) {
				alternatives.add("(b.stage = :cellStage" + i + " and b.status = :cellStatus" + i + ")");
				params.addValue("cellStage" + i, positions.get(i).stage().name())
					.addValue("cellStatus" + i, positions.get(i).status().name());
			}
			sql.append(alternatives.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", alternatives) + ")");
		}
		return new Where(sql.toString(), params);
	}

	private static void text(StringBuilder sql, MapSqlParameterSource params, String column, String name, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.addValue(name, value.trim());
		}
	}

	private record ItemRow(long id, String code, String name, ItemKind kind, String departmentCode, String unitCode,
			BudgetType budgetType, BigDecimal amount, ItemStage stage, ItemStatus status, String statusReason,
			String assessmentOutcome, String warningLight, String grade) {
	}

	private static ItemRow item(ResultSet rs, int n) throws SQLException {
		BigDecimal approved = rs.getBigDecimal("approved_amount");
		return new ItemRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ItemKind.valueOf(rs.getString("kind")),
				rs.getString("department_code"), rs.getString("unit_code"), BudgetType.valueOf(rs.getString("budget_type")),
				approved != null ? approved : rs.getBigDecimal("amount"), ItemStage.valueOf(rs.getString("stage")),
				ItemStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getString("assessment_outcome"),
				rs.getString("warning_light"), rs.getString("grade"));
	}

	private record OpenTask(String taskId, long itemId, String stage, String name, String assignee, Instant since,
			Instant due, List<String> groups) {
	}

	private record Outcome(String value, BigDecimal score) {
	}

	/** The cells of the rows: open tasks from the inbox read model, outcomes from the stages' tables. */
	private List<BoardRow> details(List<ItemRow> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		List<Long> ids = items.stream().map(ItemRow::id).toList();
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
		Map<String, OpenTask> tasks = new LinkedHashMap<>();
		this.jdbc.query("select task_id, item_id, stage, task_name, assignee, created_at, due_at from inbox_task"
				+ " where item_id in (:ids) order by created_at, task_id", params, (RowCallbackHandler) rs -> tasks.put(
						rs.getString("task_id"),
						new OpenTask(rs.getString("task_id"), rs.getLong("item_id"), rs.getString("stage"),
								rs.getString("task_name"), rs.getString("assignee"), rs.getTimestamp("created_at").toInstant(),
								rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
								new ArrayList<>())));
		Set<String> groupIds = new HashSet<>();
		if (!tasks.isEmpty()) {
			List<String> unassigned = tasks.values().stream().filter(t -> t.assignee() == null).map(OpenTask::taskId).toList();
			for (int from = 0; from < unassigned.size(); from += 1000) {
				this.jdbc.query("select task_id, group_id from inbox_task_group where task_id in (:tasks) order by group_id",
						new MapSqlParameterSource("tasks", unassigned.subList(from, Math.min(unassigned.size(), from + 1000))),
						(RowCallbackHandler) rs -> {
							tasks.get(rs.getString("task_id")).groups().add(rs.getString("group_id"));
							groupIds.add(rs.getString("group_id"));
						});
			}
		}
		Map<String, String> userNames = this.names.users(
				tasks.values().stream().map(OpenTask::assignee).filter(java.util.Objects::nonNull).toList());
		Map<String, String> groupNames = this.names.groups(groupIds);
		Map<Long, Outcome> targets = new HashMap<>();
		this.jdbc.query("select s.item_id, s.grade from target_sheet s where s.item_id in (:ids) and s.version_no ="
				+ " (select max(m.version_no) from target_sheet m where m.item_id = s.item_id and m.grade is not null)", params,
				(RowCallbackHandler) rs -> targets.put(rs.getLong("item_id"), new Outcome(rs.getString("grade"), null)));
		Map<Long, Outcome> evaluations = new HashMap<>();
		this.jdbc.query("select item_id, grade, total_score from self_evaluation where item_id in (:ids)", params,
				(RowCallbackHandler) rs -> evaluations.put(rs.getLong("item_id"),
						new Outcome(rs.getString("grade"), rs.getBigDecimal("total_score"))));
		Map<Long, Outcome> applications = new HashMap<>();
		this.jdbc.query("select item_id, linkage_action, total_score from result_application where item_id in (:ids)",
				params, (RowCallbackHandler) rs -> applications.put(rs.getLong("item_id"),
						new Outcome(rs.getString("linkage_action"), null)));
		Map<Long, List<OpenTask>> tasksByItem = new HashMap<>();
		tasks.values().forEach(t -> tasksByItem.computeIfAbsent(t.itemId(), k -> new ArrayList<>()).add(t));
		OrgDirectory.Names names = this.names.orgs();
		Instant now = this.clock.now();
		List<BoardRow> rows = new ArrayList<>(items.size());
		for (ItemRow item : items) {
			List<OpenTask> open = tasksByItem.getOrDefault(item.id(), List.of());
			Map<BoardColumn, List<BoardStep>> steps = new EnumMap<>(BoardColumn.class);
			for (OpenTask task : open) {
				BoardColumn column = column(task.stage());
				if (column != null) {
					String holder = task.assignee() != null ? userNames.getOrDefault(task.assignee(), task.assignee())
							: String.join("、", task.groups().stream().map(g -> groupNames.getOrDefault(g, g)).toList());
					steps.computeIfAbsent(column, k -> new ArrayList<>())
						.add(new BoardStep(task.taskId(), task.name(), holder, task.since(), task.due(),
								task.due() != null && task.due().isBefore(now)));
				}
			}
			List<BoardCell> cells = new ArrayList<>();
			for (BoardColumn column : BoardColumn.values()) {
				CellState state = CellState.of(column, item.stage(), item.status());
				Outcome outcome = switch (column) {
					case ASSESSMENT -> state == CellState.NOT_STARTED || state == CellState.IN_PROGRESS ? null
							: new Outcome(item.assessmentOutcome() != null ? item.assessmentOutcome() : "NOT_REQUIRED", null);
					case TARGET_COMPILATION -> targets.get(item.id());
					case MONITORING -> item.warningLight() == null ? null : new Outcome(item.warningLight(), null);
					case EVALUATION -> evaluations.get(item.id());
					case RESULT_APPLICATION -> applications.get(item.id());
				};
				if (state == CellState.NOT_STARTED) {
					outcome = null;
				}
				List<BoardStep> stepsHere = steps.getOrDefault(column, List.of());
				cells.add(new BoardCell(column, state, outcome == null ? null : outcome.value(),
						outcome == null ? null : outcome.score(), state == CellState.STOPPED ? item.statusReason() : null,
						stepsHere, stepsHere.stream().anyMatch(BoardStep::overdue)));
			}
			rows.add(new BoardRow(item.id(), item.code(), item.name(), item.kind(), item.departmentCode(),
					names.org(item.departmentCode()), item.unitCode(), item.unitCode() == null ? null : names.org(item.unitCode()),
					item.budgetType(), item.amount(), item.stage(), item.status(), item.statusReason(), item.warningLight(),
					item.grade(), open.stream().anyMatch(t -> t.due() != null && t.due().isBefore(now)),
					open.stream().map(OpenTask::taskId).toList(), cells));
		}
		return rows;
	}

	private static BoardColumn column(String stage) {
		for (BoardColumn column : BoardColumn.values()) {
			if (column.name().equals(stage)) {
				return column;
			}
		}
		return null;
	}

}
