package cn.gov.finance.perf.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** What the application keeps in a login session besides Spring Security's context. */
final class SessionAttributes {

	/** The {@link Credentials.Reason} of a password change that is due before anything else. */
	static final String PASSWORD_CHANGE_DUE = "bpm.passwordChangeDue";

	/** The client address the session logged in from, for events without a request (expiry). */
	static final String CLIENT_ADDRESS = "bpm.clientAddress";

	/** The last user activity (engine clock, epoch milliseconds), see {@link IdleSessions}. */
	static final String LAST_ACTIVITY = "bpm.lastActivity";

	/** Set on logout, so the session's end is not logged a second time as an expiry. */
	static final String LOGGED_OUT = "bpm.loggedOut";

	private SessionAttributes() {
	}

	/** The logged-in user of a session, or null. */
	@Nullable
	static AppUser user(@Nullable HttpSession session) {
		if (session == null) {
			return null;
		}
		try {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			return context instanceof SecurityContext sc ? user(sc.getAuthentication()) : null;
		}
		catch (IllegalStateException invalidated) {
			return null;
		}
	}

	@Nullable
	static AppUser user(@Nullable Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof AppUser user ? user : null;
	}

}
