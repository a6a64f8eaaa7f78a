package cn.gov.finance.perf.system;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database's absence made fast. The connection pool is put behind a {@link DatabaseCircuit}, so
 * that once the database is known to be gone no request waits for a connection again until a probe
 * finds it back. Failures to reach the database outside a controller — in the security filters (checking a
 * password, HTTP Basic on {@code /engine-rest}, writing the security log) — never reach
 * {@link ProblemHandler}; this outermost filter answers them with the same 503 problem+json and
 * Retry-After instead of the container's 500 page.
 */
@Configuration
class DatabaseUnavailableFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** Static, so that the pool is wrapped before Flyway, Camunda or Spring Session take it. */
	@Bean
	static BeanPostProcessor databaseCircuit(@Value("${app.database.probe-interval:500ms}") Duration probeInterval) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("dataSource".equals(beanName) && bean instanceof DataSource pool && !(bean instanceof DatabaseCircuit)) {
					return new DatabaseCircuit(pool, probeInterval);
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilterRegistration(Problems problems,
			@Value("${app.database.retry-after-seconds:5}") int retryAfter) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (ServletException | RuntimeException ex) {
					if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
						throw ex;
					}
					log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
							DatabaseUnavailable.rootMessage(ex));
					response.resetBuffer();
					response.setHeader("Retry-After", String.valueOf(retryAfter));
					problems.write(request, response, ProblemType.DATABASE_UNAVAILABLE, Message.of("database.unavailable"));
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("databaseUnavailableFilter");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
