package cn.gov.finance.perf.system;

import java.io.IOException;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Errors raised in the security filter chain never reach the MVC exception handler, so they are
 * written here, in the same problem+json shape.
 */
@Component
class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	private final SecurityEventLog events;

	SecurityProblemHandlers(Problems problems, SecurityEventLog events) {
		this.problems = problems;
		this.events = events;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"budget-performance\"");
		}
		this.problems.write(request, response, ProblemType.UNAUTHENTICATED, Message.of("auth.loginRequired", request.getRequestURI()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		Message detail = accessDeniedException instanceof CsrfException ? Message.of("auth.csrf")
				: Message.of("auth.roleDenied", request.getMethod(), request.getRequestURI());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = authentication != null && authentication.getPrincipal() instanceof AppUser user ? user.id() : null;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		this.events.record(SecurityEventLog.Type.ACCESS_DENIED, SecurityEventLog.Outcome.FAILURE, who,
				request.getRemoteAddr(),
				path.startsWith("/engine-rest") ? SecurityEventLog.Channel.ENGINE_REST
						: path.startsWith("/camunda") ? SecurityEventLog.Channel.WEBAPP : SecurityEventLog.Channel.APP,
				request.getMethod() + " " + request.getRequestURI() + ": "
						+ (accessDeniedException instanceof CsrfException ? "CSRF token missing or invalid" : "role"));
		this.problems.write(request, response, ProblemType.FORBIDDEN, detail);
	}

}
