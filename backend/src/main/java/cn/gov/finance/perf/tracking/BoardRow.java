package cn.gov.finance.perf.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.item.ItemStatus;

import org.springframework.lang.Nullable;

/** One item on the board: who owns it, and one cell per stage. {@code openTaskIds} are what 催办 urges. */
public record BoardRow(long itemId, String code, String name, ItemKind kind, String departmentCode,
		@Nullable String departmentName, @Nullable String unitCode, @Nullable String unitName, BudgetType budgetType,
		BigDecimal amount, ItemStage stage, ItemStatus status, @Nullable String statusReason,
		@Nullable String warningLight, @Nullable String grade, boolean overdue, List<String> openTaskIds,
		List<BoardCell> cells) {

	/**
	 * One stage of the item. In progress: the current step(s), their holders by display name, since
	 * when and when due. Done: the outcome (SUPPORTED, NOT_REQUIRED, a grade, a light, a linkage
	 * action) and a score where there is one. Stopped: the outcome and the reason.
	 */
	public record BoardCell(BoardColumn column, CellState state, @Nullable String outcome, @Nullable BigDecimal score,
			@Nullable String reason, List<BoardStep> steps, boolean overdue) {
	}

	/** An open task of the stage. */
	public record BoardStep(String taskId, String name, String holder, Instant since, @Nullable Instant due,
			boolean overdue) {
	}

}
