package cn.gov.finance.perf.engine;

import java.io.IOException;
import java.util.Map;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.SecurityEventLog;
import cn.gov.finance.perf.inbox.ProcessModels;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.ProblemType;
import cn.gov.finance.perf.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link EngineRestRules} in the {@code /engine-rest} security chain, after the administrator
 * check: a refused request is answered 403 problem+json naming the rule, recorded in the security
 * log and published for the administration audit log ({@code engine.refused}). Not a servlet filter
 * of its own (see {@code EngineConfig}): it runs only inside that chain.
 */
@Component
public class EngineRestAllowlist extends OncePerRequestFilter {

	static final String PREFIX = "/engine-rest";

	private final ProcessModels models;

	private final Problems problems;

	private final SecurityEventLog securityLog;

	private final ApplicationEventPublisher events;

	EngineRestAllowlist(ProcessModels models, Problems problems, SecurityEventLog securityLog,
			ApplicationEventPublisher events) {
		this.models = models;
		this.problems = problems;
		this.securityLog = securityLog;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String below = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
		// A method override would make an allowed GET something else behind this check.
		EngineRestRules.Refusal refusal = request.getHeader("X-HTTP-Method-Override") != null
				? EngineRestRules.Refusal.NOT_ALLOWED
				: EngineRestRules.refusal(request.getMethod(), below, request.getParameter("cascade"),
						key -> this.models.find(key).isPresent());
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		Message message = refusal.message(request.getMethod(), below);
		String who = user();
		this.securityLog.record(SecurityEventLog.Type.ACCESS_DENIED, SecurityEventLog.Outcome.FAILURE, who,
				request.getRemoteAddr(), SecurityEventLog.Channel.ENGINE_REST,
				request.getMethod() + " " + path + ": engine rule " + refusal);
		this.events.publishEvent(new AdminAuditEvent("engine.refused", request.getMethod() + " " + below,
				this.problems.render(message, Problems.DEFAULT_LOCALE),
				Map.of("rule", refusal.name(), "method", request.getMethod(), "path", below, "user", String.valueOf(who))));
		this.problems.write(request, response, ProblemType.FORBIDDEN, message);
	}

	private static String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return null;
		}
		return authentication.getPrincipal() instanceof AppUser user ? user.id() : authentication.getName();
	}

}
