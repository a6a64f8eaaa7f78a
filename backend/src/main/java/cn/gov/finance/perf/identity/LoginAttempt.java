package cn.gov.finance.perf.identity;

import java.io.Serializable;
import java.time.Instant;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.lang.Nullable;
import org.springframework.security.authentication.LockedException;

/**
 * Where a login comes from: the client address and the door (the app's login, HTTP Basic on
 * {@code /engine-rest}). Set as the authentication request's details; after a correct password the
 * authenticated token carries it back with the password change that is due, if any.
 */
public record LoginAttempt(@Nullable String clientAddress, Channel channel, @Nullable Credentials.Reason changeDue)
		implements Serializable {

	public static LoginAttempt of(HttpServletRequest request, Channel channel) {
		return new LoginAttempt(request.getRemoteAddr(), channel, null);
	}

	LoginAttempt withChangeDue(@Nullable Credentials.Reason reason) {
		return new LoginAttempt(this.clientAddress, this.channel, reason);
	}

	/** Too many failures: refused until {@link #until()} without checking the password. */
	public static final class LockedOut extends LockedException {

		private final Instant until;

		LockedOut(Instant until) {
			super("Locked after too many failed logins until " + until);
			this.until = until;
		}

		public Instant until() {
			return this.until;
		}

	}

}
