package cn.gov.finance.perf.engine;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One sign-on for Camunda's webapps: the user the application's login put into Spring Security's
 * context (the session, stored by Spring Session in the database), with their groups, is the
 * webapps' user ({@code ContainerBasedAuthenticationFilter}, registered in {@link EngineConfig}).
 * Instantiated by Camunda from its class name, so it reads the context statically.
 */
public class SpringSecurityWebappAuthentication implements AuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof AppUser user)) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(user.id());
		result.setGroups(user.candidateGroups());
		result.setTenants(List.of());
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Nothing to add: the application's own login (/login) is the only one.
	}

}
