package cn.gov.finance.perf.system;

import java.util.List;

import cn.gov.finance.perf.engine.EngineRestAllowlist;
import cn.gov.finance.perf.identity.LoginAttempt;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.identity.SecurityEventLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors, all locked by default:
 * <ul>
 * <li>{@code /engine-rest/**}: Camunda's REST API, HTTP Basic, administrators only, and only what
 * {@link EngineRestAllowlist} lets through (deployment, read-only queries, incidents, jobs);</li>
 * <li>{@code /camunda/**}: Camunda's webapps, administrators only (they keep their own CSRF);</li>
 * <li>everything else: the React app and its {@code /api}, session cookie plus CSRF cookie.</li>
 * </ul>
 * Only the login endpoint, the static files of the app itself and the liveness and readiness probes
 * (status only) are open without a login.
 */
@Configuration
class SecurityConfig {

	static final String CSRF_COOKIE = "BPM-XSRF-TOKEN";

	static final String CSRF_HEADER = "X-BPM-XSRF-TOKEN";

	/** The full URL never leaves the application; other sites learn nothing from links. */
	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

	@Bean
	AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
		return new ProviderManager(providers);
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieName(CSRF_COOKIE);
		repository.setHeaderName(CSRF_HEADER);
		repository.setCookiePath("/");
		// Read by the app's own script only; Secure follows the request (HTTPS behind the proxy, see README).
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SessionAuthenticationStrategy sessionAuthenticationStrategy(CookieCsrfTokenRepository csrfTokenRepository) {
		return new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
				new CsrfAuthenticationStrategy(csrfTokenRepository)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authenticationManager,
			SecurityProblemHandlers problems, EngineRestAllowlist allowlist) throws Exception {
		http.securityMatcher(path(null, "/engine-rest/**"))
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN))
			// Administrators only, and of the engine's API only the allowlist.
			.addFilterAfter(allowlist, AuthorizationFilter.class)
			// Basic failures are counted and logged like the app's logins (LoginThrottle, SecurityEventLog).
			.httpBasic(basic -> basic.authenticationEntryPoint(problems)
				.authenticationDetailsSource(request -> LoginAttempt.of(request, SecurityEventLog.Channel.ENGINE_REST)))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
				.frameOptions(frame -> frame.deny()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain application(HttpSecurity http, AuthenticationManager authenticationManager,
			SecurityProblemHandlers problems, CookieCsrfTokenRepository csrfTokenRepository,
			SecurityContextRepository securityContextRepository, LogoutHandler loggingLogoutHandler) throws Exception {
		http.authenticationManager(authenticationManager)
			.securityContext(context -> context.securityContextRepository(securityContextRepository))
			.authorizeHttpRequests(auth -> auth.requestMatchers(path(HttpMethod.POST, "/api/auth/login"))
				.permitAll()
				.requestMatchers(path(null, "/api/**"))
				.authenticated()
				// Probes for the orchestrator or load balancer: status only, no details (see management.* in application.yml).
				.requestMatchers(path(HttpMethod.GET, "/actuator/health/liveness"),
						path(HttpMethod.GET, "/actuator/health/readiness"))
				.permitAll()
				// The webapps' own login and logout would replace or end the app's session: the app's login
				// is the webapps' (one sign-on, engine/SpringSecurityWebappAuthentication).
				.requestMatchers(path(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**"),
						path(HttpMethod.POST, "/camunda/api/admin/auth/user/logout"))
				.denyAll()
				.requestMatchers(path(null, "/camunda/**"), path(null, "/actuator/**"))
				.hasRole(Roles.ADMIN)
				// The app's own static files and client-side routes: the page must load to show the login.
				.requestMatchers(SpaRoutes.STATIC_FILES.stream().map(p -> path(HttpMethod.GET, p)).toArray(RequestMatcher[]::new))
				.permitAll()
				.requestMatchers(SpaRoutes.CLIENT_ROUTE)
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository)
				.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
				.ignoringRequestMatchers(path(null, "/camunda/**")))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(problems, path(null, "/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						path(null, "/camunda/**"))
				.defaultAuthenticationEntryPointFor(problems, path(null, "/**"))
				.accessDeniedHandler(problems))
			.logout(logout -> logout.logoutUrl("/api/auth/logout")
				.addLogoutHandler(loggingLogoutHandler)
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			// Framing: nobody frames these pages — CSP frame-ancestors 'none' and X-Frame-Options DENY say the same.
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(path(null, "/camunda/**")),
					new StaticHeadersWriter("Content-Security-Policy",
							"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
									+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
									+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable());
		return http.build();
	}

	private static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
