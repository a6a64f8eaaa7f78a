package cn.gov.finance.perf.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final AuthenticationManager authenticationManager;

	private final SecurityContextRepository securityContextRepository;

	private final SessionAuthenticationStrategy sessionAuthenticationStrategy;

	private final Credentials credentials;

	private final LoginThrottle throttle;

	private final SecurityEventLog events;

	private final IdentityService identityService;

	private final Duration idleTimeout;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository securityContextRepository,
			SessionAuthenticationStrategy sessionAuthenticationStrategy, Credentials credentials, LoginThrottle throttle,
			SecurityEventLog events, IdentityService identityService,
			@Value("${app.session.idle-timeout:30m}") Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
		this.authenticationManager = authenticationManager;
		this.securityContextRepository = securityContextRepository;
		this.sessionAuthenticationStrategy = sessionAuthenticationStrategy;
		this.credentials = credentials;
		this.throttle = throttle;
		this.events = events;
		this.identityService = identityService;
	}

	@Operation(summary = "Log in with a user name and password; starts a session. Too many failures lock the account or the client address for a while (429).")
	@PostMapping("/login")
	CurrentUser login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication authentication;
		try {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
				.unauthenticated(login.username(), login.password());
			token.setDetails(LoginAttempt.of(request, Channel.APP));
			authentication = this.authenticationManager.authenticate(token);
		}
		catch (LoginAttempt.LockedOut ex) {
			throw ex;
		}
		catch (org.springframework.security.authentication.DisabledException ex) {
			throw new DomainException(ProblemType.FORBIDDEN, cn.gov.finance.perf.system.Message.of("login.disabled"));
		}
		catch (AuthenticationException ex) {
			throw new DomainException(ProblemType.BAD_CREDENTIALS, cn.gov.finance.perf.system.Message.of("login.badCredentials"));
		}
		request.getSession(true);
		this.sessionAuthenticationStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
		HttpSession session = request.getSession();
		session.setAttribute(SessionAttributes.CLIENT_ADDRESS, request.getRemoteAddr());
		session.setAttribute(SessionAttributes.LAST_ACTIVITY, AppClock.instant().toEpochMilli());
		Credentials.Reason due = authentication.getDetails() instanceof LoginAttempt a ? a.changeDue() : null;
		if (due != null) {
			session.setAttribute(SessionAttributes.PASSWORD_CHANGE_DUE, due.name());
		}
		// The login replaced the CSRF token; load it now so the new cookie goes out with this response.
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			csrf.getToken();
		}
		return current((AppUser) authentication.getPrincipal(), request);
	}

	@Operation(summary = "The logged-in user, whether a password change is due, and the session's idle timeout")
	@GetMapping("/me")
	CurrentUser me(@AuthenticationPrincipal AppUser user, HttpServletRequest request) {
		return current(user, request);
	}

	@Operation(summary = "Change one's own password (length ≥ 8, three character classes, not the user name, none of the last 5)")
	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal AppUser user, @Valid @RequestBody PasswordChange change,
			HttpServletRequest request) {
		String address = request.getRemoteAddr();
		java.util.Optional<Instant> locked = this.throttle.lockedUntil(user.id(), address);
		if (locked.isPresent()) {
			throw new LoginAttempt.LockedOut(locked.get());
		}
		if (!this.identityService.checkPassword(user.id(), change.currentPassword())) {
			this.throttle.recordFailure(user.id(), address);
			this.events.record(Type.PASSWORD_CHANGE_FAILED, Outcome.FAILURE, user.id(), address, Channel.APP,
					"wrong current password");
			throw DomainException.invalid("currentPassword", "password.currentWrong");
		}
		try {
			if (change.newPassword().equals(change.currentPassword())) {
				throw DomainException.invalid("newPassword", "password.sameAsCurrent");
			}
			this.credentials.change(user.id(), change.newPassword());
		}
		catch (DomainException ex) {
			this.events.record(Type.PASSWORD_CHANGE_FAILED, Outcome.FAILURE, user.id(), address, Channel.APP,
					"refused by the password policy");
			throw ex;
		}
		this.events.record(Type.PASSWORD_CHANGED, Outcome.SUCCESS, user.id(), address, Channel.APP, null);
		request.getSession().removeAttribute(SessionAttributes.PASSWORD_CHANGE_DUE);
	}

	private CurrentUser current(AppUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String due = session == null ? null : (String) session.getAttribute(SessionAttributes.PASSWORD_CHANGE_DUE);
		return new CurrentUser(user.id(), user.displayName(), user.roles().stream().sorted().toList(), user.orgCode(),
				due != null, due == null ? null : Credentials.Reason.valueOf(due),
				this.credentials.expiresAt(user.id()).orElse(null),
				(int) this.idleTimeout.toSeconds());
	}

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
	}

	/**
	 * The user; {@code passwordChangeRequired} means nothing but a password change is allowed
	 * ({@code passwordChangeReason} says why); {@code sessionTimeoutSeconds} is the idle timeout.
	 */
	record CurrentUser(String id, String displayName, List<String> roles, @Nullable String orgCode,
			boolean passwordChangeRequired, @Nullable Credentials.Reason passwordChangeReason,
			@Nullable Instant passwordExpiresAt, int sessionTimeoutSeconds) {
	}

}
