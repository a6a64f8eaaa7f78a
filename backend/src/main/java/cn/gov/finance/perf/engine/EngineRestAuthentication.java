package cn.gov.finance.perf.engine;

import java.io.IOException;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The user of a {@code /engine-rest} request (HTTP Basic, administrators only, checked by Spring
 * Security before this) as Camunda's authenticated user for the request, so the engine's user operation
 * log names who retried a job or deployed from the Modeler. There administrators keep
 * {@code camunda-admin}: what they may do is the allowlist ({@link EngineRestRules}), not Camunda's
 * authorizations. Registered in {@link EngineConfig}.
 */
final class EngineRestAuthentication extends OncePerRequestFilter {

	/** Looked up at the first request: the filter is made before the engine, and must not make it early. */
	private final ObjectProvider<IdentityService> identityService;

	EngineRestAuthentication(ObjectProvider<IdentityService> identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AppUser user)) {
			chain.doFilter(request, response);
			return;
		}
		IdentityService identity = this.identityService.getObject();
		identity.setAuthentication(user.id(), user.candidateGroups(), List.of());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
