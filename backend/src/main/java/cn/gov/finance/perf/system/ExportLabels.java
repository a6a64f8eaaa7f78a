package cn.gov.finance.perf.system;

import java.math.BigDecimal;
import java.util.Map;

import cn.gov.finance.perf.item.BudgetType;
import cn.gov.finance.perf.item.ItemKind;

/** Chinese labels for what the exports show as text. */
public final class ExportLabels {

	private static final Map<String, String> OUTCOMES = Map.ofEntries(Map.entry("SUPPORTED", "予以支持"),
			Map.entry("NOT_SUPPORTED", "不予支持"), Map.entry("ADJUST", "调整后支持"), Map.entry("NOT_REQUIRED", "无需评估"),
			Map.entry("EXCELLENT", "优"), Map.entry("GOOD", "良"), Map.entry("FAIR", "中"), Map.entry("POOR", "差"),
			Map.entry("RED", "红灯"), Map.entry("YELLOW", "黄灯"), Map.entry("GREEN", "绿灯"), Map.entry("NO_BUDGET", "无预算"),
			Map.entry("PRIORITY", "优先保障"), Map.entry("NORMAL", "正常安排"), Map.entry("CUT", "压减"),
			Map.entry("CANCEL", "取消"), Map.entry("SUSPEND", "暂缓拨款"), Map.entry("RESUME", "恢复拨款"),
			Map.entry("STOP", "停止拨款"), Map.entry("REALLOCATE", "预算调剂"), Map.entry("RECOVER", "收回资金"),
			Map.entry("OPEN", "未完成"), Map.entry("CLOSED", "已完成"), Map.entry("SELF", "部门自评"), Map.entry("KEY", "重点评价"));

	private ExportLabels() {
	}

	public static String outcome(String outcome, BigDecimal score, String reason) {
		StringBuilder text = new StringBuilder(outcome == null ? "" : OUTCOMES.getOrDefault(outcome, outcome));
		if (score != null) {
			text.append(text.isEmpty() ? "" : " ").append(score.toPlainString()).append(" 分");
		}
		if (reason != null) {
			text.append(text.isEmpty() ? "" : "：").append(reason);
		}
		return text.toString();
	}

	/** The Chinese label of an enum value shown in an export, or the value itself. */
	public static String label(Object value) {
		return value == null ? null : OUTCOMES.getOrDefault(value.toString(), value.toString());
	}

	public static String kind(ItemKind kind) {
		return switch (kind) {
			case PROJECT -> "项目";
			case POLICY -> "政策";
			case DEPARTMENT_OVERALL -> "部门整体";
			case TRANSFER_PAYMENT -> "转移支付";
		};
	}

	public static String budgetType(BudgetType type) {
		return switch (type) {
			case GENERAL_PUBLIC -> "一般公共预算";
			case GOVERNMENT_FUND -> "政府性基金预算";
			case STATE_CAPITAL -> "国有资本经营预算";
			case SOCIAL_INSURANCE -> "社会保险基金预算";
		};
	}

}
