package cn.gov.finance.perf.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps the body of every {@code /api} request that is not a multipart upload (those are capped by
 * {@code spring.servlet.multipart.*}): {@code app.request.max-body} (1 MiB) by default, more for the
 * few endpoints listed in {@code app.request.larger-bodies}. A declared Content-Length over the cap
 * is refused with 413 before a byte is read; a chunked body is cut off when it passes the cap, also
 * with 413, so nothing over the cap is ever parsed.
 */
@Configuration
@EnableConfigurationProperties(RequestSizeLimits.Settings.class)
class RequestSizeLimits {

	@ConfigurationProperties("app.request")
	record Settings(@DefaultValue("1MB") DataSize maxBody, @DefaultValue Map<String, DataSize> largerBodies) {
	}

	/** The body is larger than its cap. */
	static final class BodyTooLargeException extends IOException {

		private final String limit;

		BodyTooLargeException(DataSize limit) {
			super("is larger than the limit of " + describe(limit) + " for this request");
			this.limit = describe(limit);
		}

		/** The limit as people read it: "64 KiB". */
		String limit() {
			return this.limit;
		}

		private static String describe(DataSize size) {
			long bytes = size.toBytes();
			return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MiB"
					: bytes % 1024 == 0 ? (bytes / 1024) + " KiB" : bytes + " bytes";
		}

	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(Settings settings, Problems problems) {
		PathPatternParser parser = new PathPatternParser();
		Map<PathPattern, DataSize> larger = new java.util.LinkedHashMap<>();
		settings.largerBodies().forEach((pattern, size) -> larger.put(parser.parse(pattern), size));
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String contentType = request.getContentType();
				return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
						|| (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				DataSize limit = limitFor(request);
				long declared = request.getContentLengthLong();
				if (declared > limit.toBytes()) {
					BodyTooLargeException ex = new BodyTooLargeException(limit);
					response.setHeader("Connection", "close");
					FieldMessage error = FieldMessage.of("body", "request.bodyTooLarge", ex.limit());
					problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, error.asMessage(),
							java.util.List.of(error));
					return;
				}
				chain.doFilter(declared >= 0 ? request : new LimitedRequest(request, limit), response);
			}

			private DataSize limitFor(HttpServletRequest request) {
				PathContainer path = PathContainer
					.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
				for (Map.Entry<PathPattern, DataSize> entry : larger.entrySet()) {
					if (entry.getKey().matches(path)) {
						return entry.getValue();
					}
				}
				return settings.maxBody();
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("requestSizeLimitFilter");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** A request whose body stream fails once more than the limit has been read. */
	static final class LimitedRequest extends HttpServletRequestWrapper {

		private final DataSize limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, DataSize limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				long max = this.limit.toBytes();
				this.stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						this.read += n;
						if (this.read > max) {
							throw new BodyTooLargeException(LimitedRequest.this.limit);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? java.nio.charset.StandardCharsets.UTF_8
							: java.nio.charset.Charset.forName(getCharacterEncoding())));
		}

	}

}
