package cn.gov.finance.perf;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logs a demo user in through the real authentication provider (Camunda identity), so requests
 * carry the same principal, roles and organisation as in the browser.
 */
@Component
public class Logins {

	public static final String PASSWORD = "demo123";

	@Autowired
	private AuthenticationManager authenticationManager;

	public RequestPostProcessor as(String userId) {
		return authentication(this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(userId, PASSWORD)));
	}

}
