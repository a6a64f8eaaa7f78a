package cn.gov.finance.perf.system;

import java.util.Arrays;
import java.util.List;

/**
 * Something the user is told: a stable code and its parameters. {@link ProblemMessages} renders it
 * in the reader's language from {@code messages/*.properties} (Chinese by default, English in the
 * {@code _en} files); clients that keep their own texts use the code and the parameters.
 */
public record Message(String code, List<Object> params) {

	public Message {
		params = List.copyOf(params);
	}

	/**
	 * Parameters are kept as text, so a year stays 2027 and an amount stays as it was typed; a
	 * parameter that is itself a message (a reason, a rule) is rendered in the same language.
	 */
	public static Message of(String code, Object... params) {
		return new Message(code, Arrays.stream(params).map(Message::text).toList());
	}

	private static Object text(Object value) {
		if (value instanceof Message nested) {
			return nested;
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	@Override
	public String toString() {
		return this.params.isEmpty() ? this.code : this.code + this.params;
	}

}
