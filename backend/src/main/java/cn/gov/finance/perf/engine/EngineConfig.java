package cn.gov.finance.perf.engine;

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

}
