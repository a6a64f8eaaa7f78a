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

	private final SecurityEventLog securityEvents;

	ProblemHandler(@Value("${app.database.retry-after-seconds:5}") int retryAfterSeconds,
			SecurityEventLog securityEvents) {
		this.retryAfterSeconds = retryAfterSeconds;
		this.securityEvents = securityEvents;
	}

	/** Too many failed logins: 429 with the time the lock ends (Retry-After and {@code lockedUntil}). */
	@ExceptionHandler(LoginAttempt.LockedOut.class)
	ResponseEntity<ProblemDetail> lockedOut(LoginAttempt.LockedOut ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.LOGIN_LOCKED,
				"Too many failed logins: try again after " + ex.until(), List.of());
		problem.setInstance(URI.create(request.getRequestURI()));
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
		ProblemDetail problem = Problems.of(ProblemType.DATABASE_UNAVAILABLE,
				"The database cannot be reached; try again in a few seconds", List.of());
		problem.setInstance(URI.create(request.getRequestURI()));
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
		return respond(request, ex.type(), ex.getMessage(), ex.errors());
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
			errors.add(new FieldMessage(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldMessage(error.getObjectName(), error.getDefaultMessage())));
		return validation(request, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return validation(request, errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldMessage(lastNode(v.getPropertyPath()), v.getMessage()))
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
			return validation(request, List.of(new FieldMessage(field, describe(mapping))));
		}
		if (ex.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse && parse.getOriginalMessage() != null) {
			java.util.regex.Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
			if (duplicate.find()) {
				return validation(request, List.of(new FieldMessage(duplicate.group(1), "is given more than once")));
			}
		}
		return respond(request, ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", List.of());
	}

	private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("^Duplicate field '([^']{1,100})'");

	/** A JSON body over its size limit, refused before it is parsed (see {@link RequestSizeLimits}). */
	@ExceptionHandler(RequestSizeLimits.BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimits.BodyTooLargeException ex, HttpServletRequest request) {
		return respond(request, ProblemType.PAYLOAD_TOO_LARGE, "body: " + ex.getMessage(),
				List.of(new FieldMessage("body", ex.getMessage())));
	}

	/** What a value that cannot be read should have been, naming the expected type. */
	static String describe(JsonMappingException mapping) {
		if (mapping instanceof StrictJsonConfig.UnsafeTextException) {
			return mapping.getOriginalMessage();
		}
		if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			String expected = "must be " + expected(mismatch.getTargetType());
			if (mapping instanceof InvalidFormatException format) {
				return expected + ", not " + shown(format.getValue());
			}
			return expected;
		}
		return "cannot be read";
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == java.time.LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return "an object (" + type.getSimpleName() + ")";
	}

	private static String shown(Object value) {
		if (value instanceof String text) {
			return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
		}
		return String.valueOf(value);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return validation(request, List.of(new FieldMessage(ex.getName(), "has an invalid value '" + ex.getValue() + "'")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return validation(request, List.of(new FieldMessage(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request) {
		return validation(request, List.of(new FieldMessage(ex.getRequestPartName(), "is required")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, ProblemType.PAYLOAD_TOO_LARGE, "file: the upload exceeds the size limit",
				List.of(new FieldMessage("file", "exceeds the size limit")));
	}

	/** A multipart body the container cannot parse (a broken header, a bad file name): the client's fault. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException ex, HttpServletRequest request) {
		log.info("Unreadable multipart request {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return validation(request, List.of(new FieldMessage("file", "the multipart request cannot be read")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		logRefusal(request, "access denied");
		return respond(request, ProblemType.FORBIDDEN, "You are not allowed to do this", List.of());
	}

	@ExceptionHandler({ OptimisticLockingException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex, HttpServletRequest request) {
		return respond(request, ProblemType.CONFLICT,
				"Someone else changed this at the same time; reload and try again", List.of());
	}

	/** A unique key hit by two requests at once (a double submit): the first one is recorded. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> duplicate(org.springframework.dao.DataIntegrityViolationException ex, HttpServletRequest request) {
		log.info("Duplicate write refused on {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return respond(request, ProblemType.CONFLICT, "This has already been recorded; reload to see it", List.of());
	}

	@ExceptionHandler(NullValueException.class)
	ResponseEntity<ProblemDetail> engineNotFound(NullValueException ex, HttpServletRequest request) {
		return respond(request, ProblemType.NOT_FOUND, "The task or process no longer exists", List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, ProblemType.NOT_FOUND, "No resource at " + request.getRequestURI(), List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, ProblemType.METHOD_NOT_ALLOWED, ex.getMethod() + " is not supported here", List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send application/json", List.of());
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
			return respond(request, type, errorResponse.getBody().getDetail(), List.of());
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, ProblemType.INTERNAL, "An unexpected error occurred; it has been logged", List.of());
	}

	private static String lastNode(jakarta.validation.Path path) {
		String name = null;
		for (jakarta.validation.Path.Node node : path) {
			name = node.getName();
		}
		return name == null ? path.toString() : name;
	}

	private ResponseEntity<ProblemDetail> validation(HttpServletRequest request, List<FieldMessage> errors) {
		String detail = errors.stream()
			.map(e -> e.field() + ": " + e.message())
			.collect(Collectors.joining("; "));
		return respond(request, ProblemType.VALIDATION, detail, errors);
	}

	private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemType type, String detail,
			List<FieldMessage> errors) {
		ProblemDetail problem = Problems.of(type, detail, errors);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
