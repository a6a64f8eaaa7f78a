package cn.gov.finance.perf.system;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.lang.Nullable;

/**
 * One validation message, naming the request field it belongs to: a stable code, its parameters,
 * and the text in the reader's language ({@code null} until {@link ProblemMessages} renders it).
 */
public record FieldMessage(String field, String code, List<Object> params, @Nullable String message) {

	public FieldMessage {
		params = List.copyOf(params);
	}

	/** A message to be rendered from {@code messages/*.properties}. */
	public static FieldMessage of(String field, String code, Object... params) {
		return of(field, Message.of(code, params));
	}

	public static FieldMessage of(String field, Message message) {
		return new FieldMessage(field, message.code(), message.params(), null);
	}

	/** A message already in the reader's language (Bean Validation interpolates its own). */
	public static FieldMessage rendered(String field, String code, String message) {
		return new FieldMessage(field, code, List.of(), message);
	}

	@JsonIgnore
	public Message asMessage() {
		return new Message(this.code, this.params);
	}

	FieldMessage withMessage(String text) {
		return new FieldMessage(this.field, this.code, this.params, text);
	}

}
