package cn.gov.finance.perf.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.ExportLabels;
import cn.gov.finance.perf.system.Xlsx;
import cn.gov.finance.perf.tracking.BoardRow.BoardCell;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tracking")
class BoardController {

	private final CampaignBoard board;

	private final AppClock clock;

	BoardController(CampaignBoard board, AppClock clock) {
		this.board = board;
		this.clock = clock;
	}

	@Operation(summary = "督办看板: a fiscal year's items against the five stages, a page of rows with the counts per column and state")
	@GetMapping("/board")
	CampaignBoard.BoardPage board(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String divisionCode, @RequestParam(required = false) String departmentCode,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) ItemKind kind,
			@RequestParam(required = false) BudgetType budgetType, @RequestParam(required = false) ItemStage stage,
			@RequestParam(required = false) Light light, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String holder,
			@RequestParam(required = false) BoardColumn column, @RequestParam(required = false) CellState state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "CODE") BoardSort sort,
			@RequestParam(defaultValue = "asc") String direction, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		BoardQuery query = new BoardQuery(fiscalYear, divisionCode, departmentCode, unitCode, kind, budgetType, stage, light,
				grade, overdue, holder, column, state, q);
		return this.board.page(query, user, sort, "desc".equalsIgnoreCase(direction), page, size);
	}

	@Operation(summary = "The campaign board with the same filters as an xlsx workbook, every row")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/board/export")
	void export(@AuthenticationPrincipal AppUser user, @RequestParam @FiscalYear int fiscalYear,
			@RequestParam(required = false) String divisionCode, @RequestParam(required = false) String departmentCode,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) ItemKind kind,
			@RequestParam(required = false) BudgetType budgetType, @RequestParam(required = false) ItemStage stage,
			@RequestParam(required = false) Light light, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String holder,
			@RequestParam(required = false) BoardColumn column, @RequestParam(required = false) CellState state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "CODE") BoardSort sort,
			@RequestParam(defaultValue = "asc") String direction, HttpServletResponse response) {
		BoardQuery query = new BoardQuery(fiscalYear, divisionCode, departmentCode, unitCode, kind, budgetType, stage, light,
				grade, overdue, holder, column, state, q);
		CampaignBoard.requireAllowed(user);
		List<Xlsx.Column> columns = new ArrayList<>(List.of(new Xlsx.Column("项目编码", 16), new Xlsx.Column("项目名称", 40),
				new Xlsx.Column("类型", 10), new Xlsx.Column("部门", 24), new Xlsx.Column("单位", 24),
				new Xlsx.Column("预算类型", 14), new Xlsx.Column("金额（元）", 18), new Xlsx.Column("是否逾期", 8)));
		for (BoardColumn c : BoardColumn.values()) {
			columns.add(new Xlsx.Column(c.label() + "·状态", 10));
			columns.add(new Xlsx.Column(c.label() + "·当前环节/结果", 36));
			columns.add(new Xlsx.Column(c.label() + "·办理人", 24));
			columns.add(new Xlsx.Column(c.label() + "·到期", 17));
		}
		Xlsx.send(response, "campaign-board-" + fiscalYear + ".xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("督办看板 " + fiscalYear, columns);
			this.board.forEach(query, user, sort, "desc".equalsIgnoreCase(direction), rows -> rows.forEach(row -> {
				List<Object> values = new ArrayList<>(List.of(row.code(), row.name(), ExportLabels.kind(row.kind()),
						nz(row.departmentName(), row.departmentCode()), row.unitName() == null ? "" : row.unitName(),
						ExportLabels.budgetType(row.budgetType()), row.amount(), row.overdue()));
				for (BoardCell cell : row.cells()) {
					values.add(cell.state().label());
					values.add(cell.steps().isEmpty() ? ExportLabels.outcome(cell.outcome(), cell.score(), cell.reason())
							: cell.steps().stream().map(BoardRow.BoardStep::name).collect(Collectors.joining("、")));
					values.add(cell.steps().stream().map(BoardRow.BoardStep::holder).distinct().collect(Collectors.joining("；")));
					values.add(cell.steps().stream().map(BoardRow.BoardStep::due).filter(java.util.Objects::nonNull).min(
							java.util.Comparator.naturalOrder()).orElse(null));
				}
				xlsx.row(values.toArray());
			}));
		});
	}

	private static String nz(String value, String fallback) {
		return value != null ? value : fallback;
	}

}
