package cn.gov.finance.perf.system;

import java.util.List;

/**
 * A business outcome the caller must be told about. Carries no HTTP and no language:
 * {@link ProblemHandler} maps the {@link ProblemType} to a status and renders the {@link Message}
 * in the reader's language.
 */
public class DomainException extends RuntimeException {

	private final ProblemType type;

	private final Message detail;

	private final List<FieldMessage> errors;

	public DomainException(ProblemType type, Message detail) {
		this(type, detail, List.of());
	}

	public DomainException(ProblemType type, Message detail, List<FieldMessage> errors) {
		super(detail.toString());
		this.type = type;
		this.detail = detail;
		this.errors = List.copyOf(errors);
	}

	/**
	 * What does not exist: {@code what} names the thing in English ("Item", "Target sheet"), the
	 * code is {@code notFound.item}, {@code notFound.targetSheet}, … with the id as its parameter.
	 */
	public static DomainException notFound(String what, Object id) {
		return new DomainException(ProblemType.NOT_FOUND, Message.of("notFound." + camel(what), id));
	}

	public static DomainException forbidden(String code, Object... params) {
		return new DomainException(ProblemType.FORBIDDEN, Message.of(code, params));
	}

	public static DomainException conflict(String code, Object... params) {
		return new DomainException(ProblemType.CONFLICT, Message.of(code, params));
	}

	/** One field's value is refused; the problem's detail is the field's message. */
	public static DomainException invalid(String field, String code, Object... params) {
		FieldMessage error = FieldMessage.of(field, code, params);
		return new DomainException(ProblemType.VALIDATION, error.asMessage(), List.of(error));
	}

	public static DomainException invalid(List<FieldMessage> errors) {
		return new DomainException(ProblemType.VALIDATION, Message.of("validation.count", errors.size()), errors);
	}

	/** A business rule refuses the request; {@code field} names the field it concerns, if one. */
	public static DomainException rule(String field, String code, Object... params) {
		Message message = Message.of(code, params);
		return new DomainException(ProblemType.BUSINESS_RULE, message,
				field == null ? List.of() : List.of(FieldMessage.of(field, message)));
	}

	static String camel(String words) {
		StringBuilder code = new StringBuilder();
		boolean upper = false;
		for (char c : words.toCharArray()) {
			if (c == ' ') {
				upper = true;
			}
			else {
				code.append(code.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return code.toString();
	}

	public ProblemType type() {
		return this.type;
	}

	public Message detail() {
		return this.detail;
	}

	public List<FieldMessage> errors() {
		return this.errors;
	}

}
