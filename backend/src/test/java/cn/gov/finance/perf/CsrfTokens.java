package cn.gov.finance.perf;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends a CSRF token the way the browser does: the cookie and the same value in the header.
 * (Spring Security's {@code csrf()} post-processor would replace the CSRF repository inside the
 * shared filter chain, which then breaks real HTTP clients in the same context.)
 */
public final class CsrfTokens {

	private CsrfTokens() {
	}

	public static RequestPostProcessor csrfToken() {
		return request -> {
			String token = "test-csrf-token";
			request.setCookies(new Cookie("BPM-XSRF-TOKEN", token));
			request.addHeader("X-BPM-XSRF-TOKEN", token);
			return request;
		};
	}

}
