package cn.gov.finance.perf.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.finance.perf.identity.AppUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code Idempotency-Key} on the creates (items, appraisal rounds, body evaluations, monitoring
 * periods, indicators, key-evaluation draws). The first answer to a (user, key) is stored in the
 * same transaction as what it created — the filter opens the transaction, the service joins it — so
 * either both are committed or neither:
 * <ul>
 * <li>the same key with the same request (method, path, body) gets the first answer again (same
 * status, same body with the same id, same Location; header {@code Idempotent-Replayed: true});</li>
 * <li>the same key with another request is refused with 422;</li>
 * <li>two identical requests at once: the second waits on the first's row lock and gets its answer,
 * so one thing is created.</li>
 * </ul>
 * Only successful (2xx) answers are kept: a refused request may be sent again with the same key. A
 * request without the header is processed as always.
 */
@Configuration
class IdempotentCreates {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotentCreates.class);

	private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,128}");

	/** The create endpoints (POST) that take the header. */
	static final List<String> CREATES = List.of("/api/items", "/api/appraisals", "/api/body-evaluations",
			"/api/monitoring-periods", "/api/indicators", "/api/key-evaluations/selections");

	private static final int ATTEMPTS = 200;

	private static final long WAIT_MILLIS = 50;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> idempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Problems problems) {
		PathPatternParser parser = new PathPatternParser();
		List<PathPattern> creates = CREATES.stream().map(parser::parse).toList();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null) {
					return true;
				}
				PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
				return creates.stream().noneMatch(p -> p.matches(path));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String key = request.getHeader(HEADER).trim();
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (!(authentication != null && authentication.getPrincipal() instanceof AppUser user)) {
					chain.doFilter(request, response);
					return;
				}
				if (!VALID_KEY.matcher(key).matches()) {
					FieldMessage error = FieldMessage.of(HEADER, "idempotency.keyFormat");
					problems.write(request, response, ProblemType.VALIDATION, error.asMessage(), List.of(error));
					return;
				}
				byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
				String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
				String hash = sha256(request.getMethod() + " " + path + "\n", body);
				for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
					List<Stored> stored = jdbc.query(
							"select request_hash, status, content_type, location, body from idempotency_record"
									+ " where user_id = ? and idem_key = ?",
							(rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
									rs.getString(5)),
							user.id(), key);
					if (!stored.isEmpty()) {
						Stored first = stored.get(0);
						if (!first.hash().equals(hash)) {
							FieldMessage error = FieldMessage.of(HEADER, "idempotency.keyReused");
							problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED, error.asMessage(),
									List.of(error));
							return;
						}
						replay(first, response);
						return;
					}
					Outcome outcome = execute(transaction, jdbc, chain, new CachedBodyRequest(request, body), response, user,
							key, hash, path);
					if (outcome != Outcome.RACED) {
						return;
					}
					// Another request with this key is being processed: wait for its answer.
					try {
						Thread.sleep(WAIT_MILLIS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
				}
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problems.write(request, response, ProblemType.CONFLICT, Message.of("idempotency.inProgress"));
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("idempotencyFilter");
		// After Spring Security's chain: the user is known and CSRF was checked.
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	/** Stored answers are kept {@code app.idempotency.retention} (7 days), long enough for any retry. */
	@Bean
	Purge idempotencyPurge(JdbcTemplate jdbc, PlatformTransactionManager transactions, ScheduledRuns runs,
			@Value("${app.idempotency.retention:P7D}") Duration retention) {
		return new Purge(jdbc, new TransactionTemplate(transactions), runs, retention);
	}

	static final class Purge {

		static final String JOB = "idempotency-purge";

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		private final ScheduledRuns runs;

		private final Duration retention;

		Purge(JdbcTemplate jdbc, TransactionTemplate transaction, ScheduledRuns runs, Duration retention) {
			this.jdbc = jdbc;
			this.transaction = transaction;
			this.runs = runs;
			this.retention = retention;
		}

		/** Daily, once across nodes (the day is claimed in {@code scheduled_run} in the purge's transaction). */
		@Scheduled(cron = "${app.idempotency.purge-cron:0 45 3 * * *}", zone = "${app.time-zone:Asia/Shanghai}")
		void scheduled() {
			this.transaction.executeWithoutResult(status -> {
				if (this.runs.claimToday(JOB)) {
					purge();
				}
			});
		}

		int purge() {
			return this.jdbc.update("delete from idempotency_record where created_at < ?",
					LocalDateTime.ofInstant(AppClock.instant().minus(this.retention), ZoneOffset.UTC));
		}

	}

	private enum Outcome {

		DONE, RACED

	}

	private static Outcome execute(TransactionTemplate transaction, JdbcTemplate jdbc, FilterChain chain,
			HttpServletRequest request, HttpServletResponse response, AppUser user, String key, String hash, String path)
			throws IOException, ServletException {
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		Exception[] failure = new Exception[1];
		Outcome outcome = transaction.execute(status -> {
			try {
				// Holds the (user, key) row lock until commit: a twin request waits here, then sees the answer.
				jdbc.update("insert into idempotency_record (user_id, idem_key, request_hash, http_method, request_path, status,"
						+ " created_at) values (?, ?, ?, ?, ?, 0, ?)", user.id(), key, hash, request.getMethod(),
						cut(path, 500), LocalDateTime.ofInstant(AppClock.instant(), ZoneOffset.UTC));
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
				status.setRollbackOnly();
				return Outcome.RACED;
			}
			try {
				chain.doFilter(request, caching);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				status.setRollbackOnly();
				failure[0] = ex;
				return Outcome.DONE;
			}
			int code = caching.getStatus();
			if (code >= 200 && code < 300 && !status.isRollbackOnly()) {
				jdbc.update("update idempotency_record set status = ?, content_type = ?, location = ?, body = ?"
						+ " where user_id = ? and idem_key = ?", code, caching.getContentType(),
						caching.getHeader(HttpHeaders.LOCATION),
						new String(caching.getContentAsByteArray(), StandardCharsets.UTF_8), user.id(), key);
			}
			else {
				status.setRollbackOnly();
			}
			return Outcome.DONE;
		});
		if (failure[0] instanceof IOException io) {
			throw io;
		}
		if (failure[0] instanceof ServletException servlet) {
			throw servlet;
		}
		if (failure[0] instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (outcome == Outcome.DONE) {
			caching.copyBodyToResponse();
		}
		return outcome;
	}

	private static void replay(Stored first, HttpServletResponse response) throws IOException {
		log.debug("Replaying the answer to an Idempotency-Key");
		response.setStatus(first.status());
		if (first.contentType() != null) {
			response.setContentType(first.contentType());
		}
		if (first.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, first.location());
		}
		response.setHeader(REPLAYED, "true");
		if (first.body() != null) {
			byte[] bytes = first.body().getBytes(StandardCharsets.UTF_8);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}
	}

	private static String sha256(String head, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(head.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	private record Stored(String hash, int status, String contentType, String location, String body) {
	}

	/** The request with its body read once, so the hash and the controller see the same bytes. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
