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

	public static DomainException notFound(String what, Object id) {
		return new DomainException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
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
		return new DomainException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field(s)",
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
