package cn.gov.finance.perf.engine;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's doors: wiring that is not a component of its own. */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

	/** The allowlist runs inside the {@code /engine-rest} security chain only, not for every request. */
	@Bean
	FilterRegistrationBean<EngineRestAllowlist> engineRestAllowlistRegistration(EngineRestAllowlist allowlist) {
		FilterRegistrationBean<EngineRestAllowlist> registration = new FilterRegistrationBean<>(allowlist);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The webapps take their user from the application's login (after Spring Security's chain, which
	 * lets only administrators through to {@code /camunda/**}): no second login; the app's logout ends
	 * the session and with it the webapps' authentication.
	 */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		// After Spring Security's filter chain (-100) and Spring Session's, before the webapps' own filters.
		registration.setOrder(101);
		return registration;
	}

	/** Marks the threads of the webapps, where the engine checks authorizations; first of all filters. */
	@Bean
	FilterRegistrationBean<EngineRequests> engineRequests() {
		FilterRegistrationBean<EngineRequests> registration = new FilterRegistrationBean<>(new EngineRequests());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(-200);
		return registration;
	}

	/**
	 * The {@code /engine-rest} user (let through by Spring Security's chain, order -100) as Camunda's
	 * authenticated user, before the Modeler's deployment check (order 0) and the REST API itself.
	 */
	@Bean
	FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(ObjectProvider<IdentityService> identityService) {
		FilterRegistrationBean<EngineRestAuthentication> registration = new FilterRegistrationBean<>(
				new EngineRestAuthentication(identityService));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(-1);
		return registration;
	}

}
