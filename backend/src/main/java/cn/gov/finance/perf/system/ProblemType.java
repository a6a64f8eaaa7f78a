package cn.gov.finance.perf.system;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API. Each has a fixed title; the detail varies per occurrence.
 */
public enum ProblemType {

	VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
	UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Login required"),
	BAD_CREDENTIALS("bad-credentials", HttpStatus.UNAUTHORIZED, "Wrong user name or password"),
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
	PASSWORD_CHANGE_REQUIRED("password-change-required", HttpStatus.FORBIDDEN, "Password change required"),
	LOGIN_LOCKED("login-locked", HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins"),
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflicting change"),
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Request too large"),
	BUSINESS_RULE("business-rule", HttpStatus.UNPROCESSABLE_ENTITY, "Business rule violated"),
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused"),
	INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
	DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable");

	private final URI type;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.type = URI.create("/problems/" + slug);
		this.status = status;
		this.title = title;
	}

	public URI type() {
		return this.type;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

}
