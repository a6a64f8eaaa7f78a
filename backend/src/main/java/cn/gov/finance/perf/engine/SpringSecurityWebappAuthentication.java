package cn.gov.finance.perf.engine;

import java.util.List;
import java.util.stream.Stream;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One sign-on for Camunda's webapps: the user the application's login put into Spring Security's
 * context (the session, stored by Spring Session in the database) is the webapps' user
 * ({@code ContainerBasedAuthenticationFilter}, registered in {@link EngineConfig}).
 * <p>
 * In the webapps an administrator is not Camunda's {@code camunda-admin}, for whom Camunda checks no
 * authorization, but a member of {@value EngineAuthorizations#OPERATIONS}: what the webapps let them do
 * is the grants of {@link EngineAuthorizations}. Instantiated by Camunda from its class name, so it
 * reads the context statically.
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
		result.setGroups(groups(user));
		result.setTenants(List.of());
		return result;
	}

	/** The user's groups as Camunda checks them. */
	private static List<String> groups(AppUser user) {
		List<String> groups = user.candidateGroups().stream().filter(group -> !Roles.ADMIN.equals(group)).toList();
		if (!user.hasRole(Roles.ADMIN)) {
			return groups;
		}
		return Stream.concat(groups.stream(), Stream.of(EngineAuthorizations.OPERATIONS)).toList();
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Nothing to add: the application's own login (/login) is the only one.
	}

}
