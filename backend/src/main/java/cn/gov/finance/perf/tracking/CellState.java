package cn.gov.finance.perf.tracking;

import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.item.ItemStatus;

/**
 * Where an item stands in one column of the board. It follows from the item's stage and status
 * alone: the lifecycle walks the five stages in order, and ends an item at the assessment gate
 * (不得安排预算) or at the target and budget gate (未安排预算), or after result application.
 */
public enum CellState {

	/** 未开始 */
	NOT_STARTED("未开始"),
	/** 进行中 */
	IN_PROGRESS("进行中"),
	/** 已完成 */
	DONE("已完成"),
	/** 已终止 */
	STOPPED("已终止");

	private final String label;

	CellState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The state of {@code column} for an item at {@code stage} with {@code status}. */
	static CellState of(BoardColumn column, ItemStage stage, ItemStatus status) {
		int c = column.ordinal();
		return switch (status) {
			case COMPLETED -> DONE;
			case NOT_ELIGIBLE -> c == BoardColumn.ASSESSMENT.ordinal() ? STOPPED : NOT_STARTED;
			case NOT_FUNDED -> c < BoardColumn.TARGET_COMPILATION.ordinal() ? DONE
					: c == BoardColumn.TARGET_COMPILATION.ordinal() ? STOPPED : NOT_STARTED;
			case ACTIVE -> {
				int s = stage == ItemStage.CLOSED ? BoardColumn.values().length : stage.ordinal();
				yield c < s ? DONE : c == s ? IN_PROGRESS : NOT_STARTED;
			}
		};
	}

	/** Every (stage, status) an item can have. */
	static final List<Position> POSITIONS;

	static {
		List<Position> positions = new ArrayList<>();
		for (BoardColumn column : BoardColumn.values()) {
			positions.add(new Position(column.stage(), ItemStatus.ACTIVE));
		}
		positions.add(new Position(ItemStage.CLOSED, ItemStatus.NOT_ELIGIBLE));
		positions.add(new Position(ItemStage.CLOSED, ItemStatus.NOT_FUNDED));
		positions.add(new Position(ItemStage.CLOSED, ItemStatus.COMPLETED));
		POSITIONS = List.copyOf(positions);
	}

	/** The positions whose {@code column} is in this state. */
	List<Position> positionsIn(BoardColumn column) {
		return POSITIONS.stream().filter(p -> of(column, p.stage(), p.status()) == this).toList();
	}

	record Position(ItemStage stage, ItemStatus status) {
	}

}
