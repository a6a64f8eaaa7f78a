package cn.gov.finance.perf.system;

import java.util.List;

/**
 * A business outcome the caller must be told about. Carries no HTTP: {@link ProblemHandler}
 * maps the {@link ProblemType} to a status.
 */
public class DomainException extends RuntimeException {

	private final ProblemType type;

	private final List<FieldMessage> errors;

	public DomainException(ProblemType type, String detail) {
		this(type, detail, List.of());
	}

	public DomainException(ProblemType type, String detail, List<FieldMessage> errors) {
		super(detail);
		this.type = type;
		this.errors = List.copyOf(errors);
	}

	/** What is missing, in the UI's default language (the code names it in English). */
	private static final java.util.Map<String, String> THINGS = java.util.Map.ofEntries(
			java.util.Map.entry("Item", "项目"), java.util.Map.entry("Attachment", "附件"), java.util.Map.entry("User", "用户"),
			java.util.Map.entry("Target sheet", "绩效目标表"), java.util.Map.entry("Monitoring period", "监控期"),
			java.util.Map.entry("Body evaluation", "整体绩效评价"), java.util.Map.entry("Task", "待办"),
			java.util.Map.entry("Substitution", "代理安排"), java.util.Map.entry("Saved filter", "保存的视图"),
			java.util.Map.entry("Result application", "结果应用"), java.util.Map.entry("Process instance", "流程实例"),
			java.util.Map.entry("Indicator", "指标"), java.util.Map.entry("Finding", "审计发现"),
			java.util.Map.entry("Completed task", "已办事项"), java.util.Map.entry("Audit review", "审计复核"),
			java.util.Map.entry("Appraisal", "考核"));

	public static DomainException notFound(String what, Object id) {
		return new DomainException(ProblemType.NOT_FOUND, THINGS.getOrDefault(what, what) + " " + id + " 不存在");
	}

	public static DomainException forbidden(String detail) {
		return new DomainException(ProblemType.FORBIDDEN, detail);
	}

	public static DomainException conflict(String detail) {
		return new DomainException(ProblemType.CONFLICT, detail);
	}

	public static DomainException invalid(String field, String message) {
		return new DomainException(ProblemType.VALIDATION, field + ": " + message,
				List.of(new FieldMessage(field, message)));
	}

	public static DomainException invalid(List<FieldMessage> errors) {
		return new DomainException(ProblemType.VALIDATION, "有 " + errors.size() + " 处填写有误",
				errors);
	}

	public static DomainException rule(String field, String message) {
		return new DomainException(ProblemType.BUSINESS_RULE, message,
				field == null ? List.of() : List.of(new FieldMessage(field, message)));
	}

	public ProblemType type() {
		return this.type;
	}

	public List<FieldMessage> errors() {
		return this.errors;
	}

}
