package cn.gov.finance.perf.identity;

import java.io.IOException;
import java.time.Duration;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import cn.gov.finance.perf.system.AppClock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Idle sessions end (等保 2.0 三级 8.1.4.1 b, 登录连接超时自动退出) after {@code app.session.idle-timeout}
 * (30 minutes) without user activity, on the engine clock. The browser app reports with every
 * request how long the user has not touched it (header {@value #IDLE_HEADER}, milliseconds), so its
 * background polling (the inbox refreshes every minute) does not keep an unattended session alive;
 * a request without the header (another client) counts as activity if the session was not idle
 * too long already; that activity is stored at the granularity of
 * {@code app.session.touch-interval} (a minute), so such a client may be ended up to that much
 * early. The servlet container's session timeout is the same, for sessions nobody calls any more.
 * Logouts and expiries are logged.
 */
@Configuration
class IdleSessions {

	static final String IDLE_HEADER = "X-BPM-Idle-Ms";

	static final String NOTIFICATION_STREAM = "/api/notifications/stream";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> idleSessionFilter(SecurityEventLog events,
			@Value("${app.session.idle-timeout:30m}") Duration timeout, Environment environment) {
		// The activity is stored when it moved by the touch interval, like the session's last access
		// (SessionWrites): most requests then leave the session as it is stored.
		long touch = SessionWrites.touchInterval(environment).toMillis();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				if (session != null && session.getAttribute(SessionAttributes.LAST_ACTIVITY) instanceof Long last) {
					long now = AppClock.instant().toEpochMilli();
					Long idle = idle(request);
					// The app says when the user last touched it; without the header the request itself is
					// the activity, but it cannot revive a session that was already idle too long.
					long latest = idle == null ? last : Math.max(last, now - idle);
					if (now - latest > timeout.toMillis()) {
						AppUser user = SessionAttributes.user(session);
						session.setAttribute(SessionAttributes.LOGGED_OUT, Boolean.TRUE);
						session.invalidate();
						events.record(Type.SESSION_EXPIRED, Outcome.SUCCESS, user == null ? null : user.id(),
								request.getRemoteAddr(), Channel.APP, "idle for more than " + timeout.toMinutes() + " min");
					}
					else {
						// The notification stream is opened by the browser on its own (and again after every
						// reconnect): it is no sign of the user.
						boolean stream = request.getRequestURI().endsWith(NOTIFICATION_STREAM);
						long activity = idle == null && !stream ? now : latest;
						if (activity > last && activity - last >= touch) {
							session.setAttribute(SessionAttributes.LAST_ACTIVITY, activity);
						}
					}
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("idleSessionFilter");
		// Before Spring Security's filter chain (-100), so an ended session is anonymous at once.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/** The user's idle time the app reports, or null without (or with a garbled) header. */
	private static Long idle(HttpServletRequest request) {
		String header = request.getHeader(IDLE_HEADER);
		if (header == null) {
			return null;
		}
		try {
			return Math.max(0, Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Spring Security learns of ended sessions, so {@link #expired} can log them. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	LogoutHandler loggingLogoutHandler(SecurityEventLog events) {
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			AppUser user = SessionAttributes.user(authentication);
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(SessionAttributes.LOGGED_OUT, Boolean.TRUE);
			}
			if (user != null) {
				events.record(Type.LOGOUT, Outcome.SUCCESS, user.id(), request.getRemoteAddr(), Channel.APP, null);
			}
		};
	}

	/** A session the container timed out (nobody called any more): logged once. */
	@Bean
	SessionExpiryLog sessionExpiryLog(SecurityEventLog events) {
		return new SessionExpiryLog(events);
	}

	static final class SessionExpiryLog {

		private final SecurityEventLog events;

		SessionExpiryLog(SecurityEventLog events) {
			this.events = events;
		}

		@EventListener
		void expired(HttpSessionDestroyedEvent event) {
			HttpSession session = event.getSession();
			try {
				if (Boolean.TRUE.equals(session.getAttribute(SessionAttributes.LOGGED_OUT))) {
					return;
				}
				AppUser user = SessionAttributes.user(session);
				if (user != null) {
					this.events.record(Type.SESSION_EXPIRED, Outcome.SUCCESS, user.id(),
							(String) session.getAttribute(SessionAttributes.CLIENT_ADDRESS), Channel.SYSTEM,
							"session timed out");
				}
			}
			catch (IllegalStateException invalidated) {
				// Attributes are gone already: nothing to log.
			}
		}

	}

}
