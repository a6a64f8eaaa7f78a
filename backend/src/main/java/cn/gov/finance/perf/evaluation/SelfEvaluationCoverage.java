package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.gov.finance.perf.evaluation.EvaluationEnums.EvaluationStatus;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.process.EvaluationCalendar;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Self-evaluation coverage of a fiscal year (domain.md §5 example 11): every funded item the user may
 * see, submitted or missing. Paged in the database with the year's totals, so a year of 20,000 items
 * costs a page, not the year. A self-evaluation is due at the end of its year's window, the same for
 * every item of the year; it is missing when not submitted after that, or flagged overdue by its process.
 */
@Component
public class SelfEvaluationCoverage {

	private final NamedParameterJdbcTemplate jdbc;

	private final EvaluationCalendar calendar;

	private final OrgDirectory directory;

	private final AppClock clock;

	SelfEvaluationCoverage(NamedParameterJdbcTemplate jdbc, EvaluationCalendar calendar, OrgDirectory directory,
			AppClock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.directory = directory;
		this.clock = clock;
	}

	public record CoverageRow(String itemCode, String itemName, @Nullable String departmentName, String ownerCode,
			@Nullable String ownerName, @Nullable EvaluationStatus status, boolean submitted, boolean missing,
			LocalDate dueOn, @Nullable BigDecimal totalScore, @Nullable Grade grade) {
	}

	public record Totals(long funded, long submitted, long missing) {
	}

	private static final String SUBMITTED = "(e.status is not null and e.status <> 'OPEN')";

	private record Where(String sql, MapSqlParameterSource params, String missing, LocalDate dueOn) {
	}

	private Where where(AppUser user, int year, @Nullable String divisionCode, boolean missingOnly) {
		Instant due = this.calendar.dueOfYear(year).toInstant();
		boolean late = this.clock.now().isAfter(due);
		String missing = "(not " + SUBMITTED + (late ? ")" : " and e.overdue = true)");
		StringBuilder sql = new StringBuilder(
				" from budget_item b left join self_evaluation e on e.item_id = b.id where b.fiscal_year = :year"
						+ " and b.budget_approved_at is not null");
		MapSqlParameterSource params = new MapSqlParameterSource("year", year);
		if (divisionCode != null && !divisionCode.isBlank()) {
			sql.append(" and b.division_code = :division");
			params.addValue("division", divisionCode.trim());
		}
		if (!ItemAccess.seesAll(user)) {
			sql.append(" and (b.department_code = :org or b.unit_code = :org")
				.append(ItemAccess.seesCapitalConstruction(user) ? " or b.capital_construction = true)" : ")");
			params.addValue("org", user.orgCode());
		}
		if (missingOnly) {
			sql.append(" and ").append(missing);
		}
		return new Where(sql.toString(), params, missing, this.clock.dateOf(due.minusSeconds(1)));
	}

	/** The year's totals: funded, submitted, missing (before {@code missingOnly}). */
	public Totals totals(AppUser user, int year, @Nullable String divisionCode) {
		Where where = where(user, year, divisionCode, false);
		return this.jdbc.queryForObject("select count(*) as funded, coalesce(sum(case when " + SUBMITTED
				+ " then 1 else 0 end), 0) as submitted, coalesce(sum(case when " + where.missing()
				+ " then 1 else 0 end), 0) as missing" + where.sql(), where.params(),
				(rs, n) -> new Totals(rs.getLong("funded"), rs.getLong("submitted"), rs.getLong("missing")));
	}

	public long count(AppUser user, int year, @Nullable String divisionCode, boolean missingOnly) {
		Where where = where(user, year, divisionCode, missingOnly);
		Long n = this.jdbc.queryForObject("select count(*)" + where.sql(), where.params(), Long.class);
		return n == null ? 0 : n;
	}

	public List<CoverageRow> page(AppUser user, int year, @Nullable String divisionCode, boolean missingOnly, int page, int size) {
		Where where = where(user, year, divisionCode, missingOnly);
		where.params().addValue("limit", size).addValue("offset", (long) page * size);
		OrgDirectory.Names names = this.directory.names();
		return this.jdbc.query(select(where) + " limit :limit offset :offset", where.params(),
				(rs, n) -> row(rs, where, names));
	}

	/** Every row in order (for export), streamed from the result set. */
	public void forEach(AppUser user, int year, @Nullable String divisionCode, boolean missingOnly, Consumer<CoverageRow> sink) {
		Where where = where(user, year, divisionCode, missingOnly);
		OrgDirectory.Names names = this.directory.names();
		this.jdbc.query(select(where), where.params(), (RowCallbackHandler) rs -> sink.accept(row(rs, where, names)));
	}

	private static String select(Where where) {
		return "select b.code, b.name, b.department_code, b.unit_code, e.status, e.total_score, e.grade, case when "
				+ SUBMITTED + " then 1 else 0 end as submitted, case when " + where.missing()
				+ " then 1 else 0 end as missing" + where.sql() + " order by b.department_code, b.code";
	}

	private static CoverageRow row(ResultSet rs, Where where, OrgDirectory.Names names) throws SQLException {
		String unit = rs.getString("unit_code");
		String department = rs.getString("department_code");
		String owner = unit != null ? unit : department;
		String status = rs.getString("status");
		String grade = rs.getString("grade");
		return new CoverageRow(rs.getString("code"), rs.getString("name"), names.org(department), owner, names.org(owner),
				status == null ? null : EvaluationStatus.valueOf(status), rs.getInt("submitted") == 1,
				rs.getInt("missing") == 1, where.dueOn(), rs.getBigDecimal("total_score"),
				grade == null ? null : Grade.valueOf(grade));
	}

}
