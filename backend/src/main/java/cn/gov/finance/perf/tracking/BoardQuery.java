package cn.gov.finance.perf.tracking;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;

import org.springframework.lang.Nullable;

/**
 * What the board shows: a fiscal year (and division) and the filters on it. {@code column} and
 * {@code state} together select the items behind one count ("targets: stopped"); {@code holder} is a
 * user or group id holding an open task; {@code q} matches code or name.
 */
public record BoardQuery(int fiscalYear, @Nullable String divisionCode, @Nullable String departmentCode,
		@Nullable String unitCode, @Nullable ItemKind kind, @Nullable BudgetType budgetType, @Nullable ItemStage stage,
		@Nullable Light light, @Nullable Grade grade, @Nullable Boolean overdue, @Nullable String holder,
		@Nullable BoardColumn column, @Nullable CellState state, @Nullable String q) {

	public static BoardQuery ofYear(int fiscalYear) {
		return new BoardQuery(fiscalYear, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same filters without the count that was clicked: the counts stay those of the whole filtered board. */
	BoardQuery withoutCell() {
		return new BoardQuery(this.fiscalYear, this.divisionCode, this.departmentCode, this.unitCode, this.kind,
				this.budgetType, this.stage, this.light, this.grade, this.overdue, this.holder, null, null, this.q);
	}

}
