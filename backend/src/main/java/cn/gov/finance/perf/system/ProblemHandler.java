package cn.gov.finance.perf.system;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.LoginAttempt;
import cn.gov.finance.perf.identity.SecurityEventLog;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every exception that reaches a controller to application/problem+json with a stable type.
 * Errors raised inside the security filters are written by {@link SecurityProblemHandlers}.
 */
@RestControllerAdvice
class ProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final int retryAfterSeconds;

	private static final java.time.format.DateTimeFormatter LOCKED_TIME = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SecurityEventLog securityEvents;

	private final Problems problems;

	private final AppClock clock;

	ProblemHandler(@Value("${app.database.retry-after-seconds:5}") int retryAfterSeconds,
			SecurityEventLog securityEvents, Problems problems, AppClock clock) {
		this.clock = clock;
		this.retryAfterSeconds = retryAfterSeconds;
		this.securityEvents = securityEvents;
		this.problems = problems;
	}

	/** Too many failed logins: 429 with the time the lock ends (Retry-After and {@code lockedUntil}). */
	@ExceptionHandler(LoginAttempt.LockedOut.class)
	ResponseEntity<ProblemDetail> lockedOut(LoginAttempt.LockedOut ex, HttpServletRequest request) {
		ProblemDetail problem = this.problems.of(request, ProblemType.LOGIN_LOCKED,
				Message.of("login.locked", LOCKED_TIME.format(this.clock.zoned(ex.until()))), List.of());
		problem.setProperty("lockedUntil", ex.until().toString());
		long seconds = Math.max(1, java.time.Duration.between(AppClock.instant(), ex.until()).toSeconds());
		return ResponseEntity.status(ProblemType.LOGIN_LOCKED.status())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The database cannot be reached (see {@link DatabaseUnavailable}): 503 with Retry-After, so a
	 * client retries instead of reporting a failure. Hikari gives up after {@code connection-timeout}.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			org.hibernate.exception.JDBCConnectionException.class, SQLTransientConnectionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, HttpServletRequest request) {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
				DatabaseUnavailable.rootMessage(ex));
		ProblemDetail problem = this.problems.of(request, ProblemType.DATABASE_UNAVAILABLE,
				Message.of("database.unavailable"), List.of());
		return ResponseEntity.status(ProblemType.DATABASE_UNAVAILABLE.status())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex, HttpServletRequest request) {
		if (ex.type() == ProblemType.FORBIDDEN) {
			logRefusal(request, ex.getMessage());
		}
		return respond(request, ex.type(), ex.detail(), ex.errors());
	}

	/** A permission refusal (403) goes to the security event log: who, what, from where. */
	private void logRefusal(HttpServletRequest request, String reason) {
		AppUser user = SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AppUser u ? u : null;
		this.securityEvents.record(SecurityEventLog.Type.ACCESS_DENIED, SecurityEventLog.Outcome.FAILURE,
				user == null ? null : user.id(), request.getRemoteAddr(), SecurityEventLog.Channel.APP,
				request.getMethod() + " " + request.getRequestURI() + ": " + reason);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(FieldMessage.rendered(error.getField(), error.getCode(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(FieldMessage.rendered(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
		return validation(request, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> FieldMessage.rendered(result.getMethodParameter().getParameterName(),
						lastCode(error), error.getDefaultMessage())))
			.toList();
		return validation(request, errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> FieldMessage.rendered(lastNode(v.getPropertyPath()),
					v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
			.toList();
		return validation(request, errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (ex.getCause() instanceof RequestSizeLimits.BodyTooLargeException tooLarge) {
			return bodyTooLarge(tooLarge, request);
		}
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return validation(request, List.of(FieldMessage.of(field, describe(mapping))));
		}
		if (ex.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse && parse.getOriginalMessage() != null) {
			java.util.regex.Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
			if (duplicate.find()) {
				return validation(request, List.of(FieldMessage.of(duplicate.group(1), "json.duplicateField")));
			}
		}
		return respond(request, ProblemType.MALFORMED_REQUEST, Message.of("json.malformed"), List.of());
	}

	private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("^Duplicate field '([^']{1,100})'");

	/** A JSON body over its size limit, refused before it is parsed (see {@link RequestSizeLimits}). */
	@ExceptionHandler(RequestSizeLimits.BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimits.BodyTooLargeException ex, HttpServletRequest request) {
		FieldMessage error = FieldMessage.of("body", "request.bodyTooLarge", ex.limit());
		return respond(request, ProblemType.PAYLOAD_TOO_LARGE, error.asMessage(), List.of(error));
	}

	/** What a value that cannot be read should have been, naming the expected type ({@code json.*} messages). */
	static Message describe(JsonMappingException mapping) {
		if (mapping instanceof StrictJsonConfig.UnsafeTextException unsafe) {
			return unsafe.problem();
		}
		if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> type = mismatch.getTargetType();
			List<Object> params = new ArrayList<>();
			String kind = kind(type, params);
			if (mapping instanceof InvalidFormatException format) {
				params.add(shown(format.getValue()));
				return Message.of("json.expected." + kind + ".got", params.toArray());
			}
			return Message.of("json.expected." + kind, params.toArray());
		}
		return Message.of("json.unreadable");
	}

	private static String kind(Class<?> type, List<Object> params) {
		if (type.isEnum()) {
			params.add(java.util.Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", ")));
			return "oneOf";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "wholeNumber";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == String.class) {
			return "text";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "number";
		}
		if (type == java.time.LocalDate.class) {
			return "date";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		params.add(type.getSimpleName());
		return "object";
	}

	private static String shown(Object value) {
		if (value instanceof String text) {
			return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
		}
		return String.valueOf(value);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return validation(request, List.of(FieldMessage.of(ex.getName(), "parameter.invalid", ex.getValue())));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return validation(request, List.of(FieldMessage.of(ex.getParameterName(), "field.required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request) {
		return validation(request, List.of(FieldMessage.of(ex.getRequestPartName(), "field.required")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		FieldMessage error = FieldMessage.of("file", "upload.tooLarge");
		return respond(request, ProblemType.PAYLOAD_TOO_LARGE, error.asMessage(), List.of(error));
	}

	/** A multipart body the container cannot parse (a broken header, a bad file name): the client's fault. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException ex, HttpServletRequest request) {
		log.info("Unreadable multipart request {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return validation(request, List.of(FieldMessage.of("file", "upload.unreadable")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		logRefusal(request, "access denied");
		return respond(request, ProblemType.FORBIDDEN, Message.of("access.denied"), List.of());
	}

	@ExceptionHandler({ OptimisticLockingException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex, HttpServletRequest request) {
		return respond(request, ProblemType.CONFLICT, Message.of("conflict.concurrentChange"), List.of());
	}

	/** A unique key hit by two requests at once (a double submit): the first one is recorded. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> duplicate(org.springframework.dao.DataIntegrityViolationException ex, HttpServletRequest request) {
		log.info("Duplicate write refused on {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return respond(request, ProblemType.CONFLICT, Message.of("conflict.duplicate"), List.of());
	}

	@ExceptionHandler(NullValueException.class)
	ResponseEntity<ProblemDetail> engineNotFound(NullValueException ex, HttpServletRequest request) {
		return respond(request, ProblemType.NOT_FOUND, Message.of("notFound.engineObject"), List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, ProblemType.NOT_FOUND, Message.of("notFound.resource", request.getRequestURI()), List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, ProblemType.METHOD_NOT_ALLOWED, Message.of("request.methodNotAllowed", ex.getMethod()), List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, Message.of("request.sendJson"), List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseUnavailable.causedBy(ex)) {
			// Camunda's ProcessEngineException, a TransactionSystemException on commit, … around a lost connection.
			return databaseUnavailable(ex, request);
		}
		if (ex instanceof org.springframework.web.ErrorResponse errorResponse) {
			HttpStatusCode status = errorResponse.getStatusCode();
			ProblemType type = status.value() == 404 ? ProblemType.NOT_FOUND
					: status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
			return respond(request, type, Message.of(status.value() == 404 ? "notFound.resource" : "request.refused",
					request.getRequestURI()), List.of());
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, ProblemType.INTERNAL, Message.of("internal.unexpected"), List.of());
	}

	private static String lastNode(jakarta.validation.Path path) {
		String name = null;
		for (jakarta.validation.Path.Node node : path) {
			name = node.getName();
		}
		return name == null ? path.toString() : name;
	}

	private ResponseEntity<ProblemDetail> validation(HttpServletRequest request, List<FieldMessage> errors) {
		Message detail = errors.size() == 1 && errors.get(0).message() == null ? errors.get(0).asMessage()
				: Message.of("validation.count", errors.size());
		return respond(request, ProblemType.VALIDATION, detail, errors);
	}

	private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemType type, Message detail,
			List<FieldMessage> errors) {
		ProblemDetail problem = this.problems.of(request, type, detail, errors);
		return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String lastCode(org.springframework.context.MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
	}
}
