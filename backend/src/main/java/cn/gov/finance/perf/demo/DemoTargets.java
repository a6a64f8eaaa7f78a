package cn.gov.finance.perf.demo;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.target.TargetSheetForm;
import cn.gov.finance.perf.target.TargetSheetForm.TargetIndicatorInput;

/** A complete target sheet on the default template (产出 50, 效益 30, 满意度 10). */
final class DemoTargets {

	private DemoTargets() {
	}

	static TargetSheetForm sheet(String itemName) {
		return new TargetSheetForm("保障" + itemName + "顺利实施，提升公共服务水平。", "按期完成年度建设和运行任务，资金使用合规、绩效目标全面实现。",
				List.of(numeric("OUTPUT", "QUANTITY", "受益人数", IndicatorComparator.GE, "5000", "人", "20"),
						numeric("OUTPUT", "QUALITY", "项目验收合格率", IndicatorComparator.EQ, "100", "%", "10"),
						numeric("OUTPUT", "TIMELINESS", "项目按期完成率", IndicatorComparator.GE, "95", "%", "10"),
						numeric("OUTPUT", "COST", "项目总成本", IndicatorComparator.LE, "90", "万元", "10"),
						qualitative("BENEFIT", "SOCIAL", "公共服务水平提升", "效果明显", "20"),
						qualitative("BENEFIT", "SUSTAINABLE", "长效管理机制健全性", "健全", "10"),
						numeric("SATISFACTION", "SERVICE_SATISFACTION", "服务对象满意度", IndicatorComparator.GE, "90", "%",
								"10")));
	}

	static TargetIndicatorInput numeric(String level1, String level2, String name, IndicatorComparator comparator,
			String value, String unit, String weight) {
		return new TargetIndicatorInput(level1, level2, name, null, comparator, new BigDecimal(value), null, unit,
				new BigDecimal(weight));
	}

	static TargetIndicatorInput qualitative(String level1, String level2, String name, String text, String weight) {
		return new TargetIndicatorInput(level1, level2, name, null, IndicatorComparator.QUALITATIVE, null, text, null,
				new BigDecimal(weight));
	}

}
