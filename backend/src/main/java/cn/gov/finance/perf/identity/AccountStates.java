package cn.gov.finance.perf.identity;

import java.io.IOException;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import cn.gov.finance.perf.system.AppClock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Disabled accounts ({@code account_state}; Camunda's identity tables have no such flag). A disabled
 * user cannot log in (the login says so once the password is right, see
 * {@link CamundaIdentityAuthenticationProvider}), and their sessions end: the ones in the database are
 * deleted when the account is disabled, and any session of a disabled user that still comes along
 * (another node's container, a session store without an index) is invalidated at its next request.
 */
@Configuration
public class AccountStates {

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	AccountStates(JdbcTemplate jdbc, ObjectProvider<JdbcIndexedSessionRepository> sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	public boolean isDisabled(String userId) {
		return Boolean.TRUE.equals(this.jdbc
			.query("select disabled from account_state where user_id = ?", (rs, row) -> rs.getBoolean(1), userId)
			.stream()
			.findFirst()
			.orElse(false));
	}

	/** Disables or enables the account; disabling ends the user's stored sessions. */
	@Transactional
	public void set(String userId, boolean disabled, String by) {
		Object now = SecurityEventLog.utc(AppClock.instant());
		if (this.jdbc.update("update account_state set disabled = ?, changed_at = ?, changed_by = ? where user_id = ?",
				disabled, now, by, userId) == 0) {
			this.jdbc.update("insert into account_state (user_id, disabled, changed_at, changed_by) values (?, ?, ?, ?)",
					userId, disabled, now, by);
		}
		JdbcIndexedSessionRepository store = this.sessions.getIfAvailable();
		if (disabled && store != null) {
			store.findByPrincipalName(userId).keySet().forEach(store::deleteById);
		}
	}

	/** Ids of the disabled accounts. */
	public java.util.Set<String> disabled() {
		return java.util.Set.copyOf(
				this.jdbc.queryForList("select user_id from account_state where disabled = true", String.class));
	}

	/** A session of a disabled user ends at its next request, before Spring Security reads it. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> disabledAccountFilter(SecurityEventLog events) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				AppUser user = SessionAttributes.user(session);
				if (user != null && isDisabled(user.id())) {
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
