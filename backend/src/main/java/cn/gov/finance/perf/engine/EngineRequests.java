package cn.gov.finance.perf.engine;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the threads that serve Camunda's webapps ({@code /camunda/*}): only there does the engine check
 * Camunda's authorizations ({@link EngineAuthorizationPlugin}). Everything else decides with its own
 * rules before it calls the engine: the application's services, its job executor and scheduled work, and
 * {@code /engine-rest}, which only administrators reach and where the allowlist ({@link EngineRestRules})
 * says what they may do (Camunda grants nothing by group membership in queries: an administrator there
 * would need an authorization of every kind on everything, which is what the allowlist already bounds).
 */
final class EngineRequests extends OncePerRequestFilter {

	private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

	/** Whether the current thread serves a request of the webapps. */
	static boolean current() {
		return Boolean.TRUE.equals(SERVING.get());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SERVING.set(Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SERVING.remove();
		}
	}

}
