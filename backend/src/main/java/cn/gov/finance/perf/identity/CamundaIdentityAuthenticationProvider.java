package cn.gov.finance.perf.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables (salted SHA-512 hashes, with Camunda's
 * lock-out after repeated failures), so the app and Camunda's admin tools share one user store.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (userId == null || userId.isBlank() || !this.identityService.checkPassword(userId, password)) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		AppUser user = load(userId);
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	private AppUser load(String userId) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		Set<String> roles = new HashSet<>();
		String orgCode = null;
		for (Group group : this.identityService.createGroupQuery().groupMember(userId).list()) {
			if (Roles.ORG_TYPE.equals(group.getType()) && group.getId().startsWith(Roles.ORG_GROUP_PREFIX)) {
				orgCode = group.getId().substring(Roles.ORG_GROUP_PREFIX.length());
			}
			else {
				roles.add(group.getId());
			}
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return new AppUser(userId, name.isEmpty() ? userId : name, Set.copyOf(roles), orgCode);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
