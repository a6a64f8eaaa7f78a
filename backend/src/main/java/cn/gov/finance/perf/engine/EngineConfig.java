package cn.gov.finance.perf.engine;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

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

}
