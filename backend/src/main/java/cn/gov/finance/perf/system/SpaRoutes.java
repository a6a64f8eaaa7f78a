package cn.gov.finance.perf.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The React app routes on the client. One rule, not a list kept by hand: a browser's GET for a page
 * (it accepts HTML, the path is no file and belongs to no server area) is answered with index.html,
 * and the client router shows the page — or its own 404 page for a path it does not know. These
 * requests are open without a login: index.html and its assets carry no data, and the app then asks
 * for the login.
 */
@Component
class SpaRoutes extends OncePerRequestFilter {

	/** Paths that are the server's own: never answered with the app's page. */
	static final List<String> SERVER_AREAS = List.of("/api/", "/engine-rest", "/camunda", "/actuator", "/assets/",
			"/error", "/h2-console", "/v3/api-docs", "/swagger-ui");

	/** The app's static files, open to anyone. */
	static final List<String> STATIC_FILES = List.of("/", "/index.html", "/assets/**", "/favicon.svg");

	/** A browser navigating to a page of the app. */
	static final RequestMatcher CLIENT_ROUTE = SpaRoutes::isClientRoute;

	static boolean isClientRoute(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.isEmpty() || "/".equals(path) || SERVER_AREAS.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		if (last.contains(".")) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isClientRoute(request)) {
			request.getRequestDispatcher("/index.html").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
