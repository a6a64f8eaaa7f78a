package cn.gov.finance.perf.identity;

import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables (salted SHA-512 hashes), so the app and
 * Camunda's admin tools share one user store, for the app's login and HTTP Basic on
 * {@code /engine-rest} alike: a locked account or address is refused before the password is
 * checked, every failure is counted ({@link LoginThrottle}) and every attempt logged
 * ({@link SecurityEventLog}); a correct password tells whether a change is due ({@link Credentials}).
 * A failure to reach the database is not a wrong password: it propagates (503).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final LoginThrottle throttle;

	private final Credentials credentials;

	private final SecurityEventLog events;

	private final IdentityDirectory directory;

	private final AccountStates accounts;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
			Credentials credentials, SecurityEventLog events, IdentityDirectory directory, AccountStates accounts) {
		this.accounts = accounts;
		this.directory = directory;
		this.identityService = identityService;
		this.throttle = throttle;
		this.credentials = credentials;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		// Programmatic logins (no details) are the application's own; requests always carry details.
		LoginAttempt attempt = authentication.getDetails() instanceof LoginAttempt a ? a : null;
		String address = attempt == null ? null : attempt.clientAddress();
		Channel channel = attempt == null ? Channel.SYSTEM : attempt.channel();
		if (userId == null || userId.isBlank()) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		Optional<java.time.Instant> locked = this.throttle.lockedUntil(userId, address);
		if (locked.isPresent()) {
			this.events.record(Type.LOGIN_REFUSED, Outcome.FAILURE, userId, address, channel,
					"locked until " + locked.get());
			throw new LoginAttempt.LockedOut(locked.get());
		}
		if (!this.identityService.checkPassword(userId, password)) {
			List<LoginThrottle.NewLock> locks = this.throttle.recordFailure(userId, address);
			this.events.record(Type.LOGIN_FAILED, Outcome.FAILURE, userId, address, channel, "wrong user name or password");
			for (LoginThrottle.NewLock lock : locks) {
				this.events.record(Type.LOCKED, Outcome.FAILURE, userId, address, channel,
						lock.key().name().toLowerCase(java.util.Locale.ROOT) + " " + lock.value() + " locked until " + lock.until());
			}
			throw new BadCredentialsException("Wrong user name or password");
		}
		this.throttle.recordSuccess(userId);
		if (this.accounts.isDisabled(userId)) {
			// Said only after a correct password, so a guesser learns nothing about the account.
			this.events.record(Type.LOGIN_REFUSED, Outcome.FAILURE, userId, address, channel, "account disabled");
			throw new DisabledException("Account disabled");
		}
		Credentials.Reason due = this.credentials.changeDue(userId, password).orElse(null);
		if (due != null && channel == Channel.ENGINE_REST) {
			this.events.record(Type.LOGIN_REFUSED, Outcome.FAILURE, userId, address, channel,
					"password change due (" + due + ")");
			throw new CredentialsExpiredException("Change the password in the application first");
		}
		if (attempt != null && channel != Channel.ENGINE_REST) {
			// HTTP Basic authenticates every request; only its failures are logged.
			this.events.record(Type.LOGIN_SUCCEEDED, Outcome.SUCCESS, userId, address, channel,
					due == null ? null : "password change due (" + due + ")");
		}
		AppUser user = load(userId);
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		result.setDetails(attempt == null ? new LoginAttempt(null, channel, due) : attempt.withChangeDue(due));
		return result;
	}

	private AppUser load(String userId) {
		return this.directory.appUser(userId).orElseThrow(() -> new IllegalStateException("No user " + userId));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
