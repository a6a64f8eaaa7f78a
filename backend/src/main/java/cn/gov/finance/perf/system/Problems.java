package cn.gov.finance.perf.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one problem+json shape used everywhere, including by the security filters: a stable
 * {@code type}, a {@code code} and {@code params} for the detail, and {@code title}, {@code detail}
 * and each field error's {@code message} in the reader's language — Simplified Chinese unless the
 * request's Accept-Language asks for English (the UI sends its current language).
 */
@Component
public class Problems {

	/** The language of a request that names none. */
	public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectMapper objectMapper;

	private final MessageSource messages;

	Problems(ObjectMapper objectMapper, MessageSource messages) {
		this.objectMapper = objectMapper;
		this.messages = messages;
	}

	/** The reader's language: what Accept-Language prefers, else Chinese. */
	public static Locale locale(HttpServletRequest request) {
		return request.getHeader("Accept-Language") == null ? DEFAULT_LOCALE : request.getLocale();
	}

	/** The message in that language; a code with no text (never expected: a test checks) is shown as it is. */
	public String render(Message message, Locale locale) {
		try {
			Object[] params = message.params()
				.stream()
				.map(param -> param instanceof Message nested ? render(nested, locale) : param)
				.toArray();
			return this.messages.getMessage(message.code(), params, locale);
		}
		catch (NoSuchMessageException ex) {
			return message.params().isEmpty() ? message.code() : message.code() + " " + message.params();
		}
	}

	/** Field messages with their texts in that language (those already rendered stay as they are). */
	public List<FieldMessage> render(List<FieldMessage> errors, Locale locale) {
		return errors.stream()
			.map(error -> error.message() != null ? error : error.withMessage(render(error.asMessage(), locale)))
			.toList();
	}

	/** In the language of the request being served (Accept-Language, else Chinese): for texts in normal answers. */
	public String render(Message message) {
		return render(message, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	public ProblemDetail of(HttpServletRequest request, ProblemType type, Message detail, List<FieldMessage> errors) {
		Locale locale = locale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), render(detail, locale));
		problem.setType(type.type());
		problem.setTitle(render(Message.of("title." + type.name()), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", detail.code());
		if (!detail.params().isEmpty()) {
			problem.setProperty("params", detail.params());
		}
		if (!errors.isEmpty()) {
			problem.setProperty("errors", render(errors, locale));
		}
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Message detail)
			throws IOException {
		write(request, response, type, detail, List.of());
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Message detail,
			List<FieldMessage> errors) throws IOException {
		ProblemDetail problem = of(request, type, detail, errors);
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
