package cn.gov.finance.perf.identity;

import java.io.IOException;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session of a disabled user ends at its next request, before Spring Security reads it (within
 * {@link AccountStates#SNAPSHOT_AGE} on another node; disabling deletes the stored sessions at once).
 */
@Configuration
class DisabledAccountSessions {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> disabledAccountFilter(AccountStates accounts, SecurityEventLog events) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				AppUser user = SessionAttributes.user(session);
				if (user != null && accounts.recentlyDisabled(user.id())) {
					session.setAttribute(SessionAttributes.LOGGED_OUT, Boolean.TRUE);
					session.invalidate();
					events.record(Type.SESSION_EXPIRED, Outcome.SUCCESS, user.id(), request.getRemoteAddr(), Channel.APP,
							"account disabled");
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("disabledAccountFilter");
		// Before Spring Security's filter chain (-100), like the idle-session filter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
		return registration;
	}

}
