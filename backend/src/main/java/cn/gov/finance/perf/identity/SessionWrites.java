package cn.gov.finance.perf.identity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database (Spring Session JDBC) are written back only when something in them
 * changed — a new session, an attribute, its id (a login), its timeout — or when the last access the
 * database holds has fallen {@code app.session.touch-interval} (a minute) behind. As it comes, Spring
 * Session writes every session back after every request, because the request moved its last access:
 * an UPDATE and a COMMIT for each inbox page, count and minute's poll of every logged-in user, and a
 * second UPDATE for the last activity {@link IdleSessions} keeps (which it now also stores at that
 * granularity).
 * <p>
 * What this costs: the stored last access, and with it the expiry, may lag by less than the interval.
 * A session no request reaches any more (the browser was closed) is therefore swept up to a minute
 * before 30 minutes after its last request, never after; while the browser is open its minute's poll
 * keeps the session stored. The idle check goes by the user's activity, which the app reports with
 * every request, exactly; only a client that does not report it (Camunda's webapps) may be ended up to
 * a minute early. Spring Session does not offer this (the servlet contract says every request
 * accesses the session; its maintainers keep to it, spring-session#1065, #3329), so the filter
 * Spring Session registers is given the repository below in its place, with the same cookie resolver.
 * It also reads a request's session once, where Spring Session read it twice, and without a
 * transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

	/**
	 * The session cookie's resolver, as Spring Session makes it by default (Spring Boot's cookie
	 * serializer, from {@code server.servlet.session.cookie.*}), declared so that Spring Session's
	 * filter and the one put in its place use the same.
	 */
	@Bean
	CookieHttpSessionIdResolver httpSessionIdResolver(ObjectProvider<CookieSerializer> serializer) {
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(serializer.getIfAvailable(DefaultCookieSerializer::new));
		return resolver;
	}

	@Bean
	static BeanPostProcessor quietSessionRepositoryFilter(ObjectProvider<JdbcIndexedSessionRepository> store,
			ObjectProvider<CookieHttpSessionIdResolver> resolver, Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?>) || store.getIfAvailable() == null) {
					return bean;
				}
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(
						Quiet.over(store.getObject(), touchInterval(environment)));
				filter.setHttpSessionIdResolver(resolver.getObject());
				return filter;
			}
		};
	}

	/**
	 * The sessions the current request has read, by id. Spring Session commits a request's session
	 * twice — when the response is committed and when the request ends — and the second commit reads
	 * the session again only to learn the id the request came with: a second SELECT, in a transaction
	 * of its own, for every request (spring-session#1073). Within a request the session read first is
	 * the one to answer with.
	 */
	private static final ThreadLocal<Map<String, Tracked<?>>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

	/** Holds the sessions a request reads for as long as the request; just outside Spring Session's filter. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionsReadInARequest(
			@Value("${spring.session.servlet.filter-order}") int sessionFilterOrder) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				READ_IN_THIS_REQUEST.set(new HashMap<>(2));
				try {
					chain.doFilter(request, response);
				}
				finally {
					READ_IN_THIS_REQUEST.remove();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("sessionsReadInARequest");
		registration.setOrder(sessionFilterOrder - 1);
		return registration;
	}

	/** Set while {@link Quiet#findById} reads a session from the store. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	/**
	 * How Spring Session's JDBC store runs its statements: a session's read — one SELECT of the
	 * session and its attributes, consistent by itself — without a transaction (three round trips
	 * fewer: autocommit off, commit, autocommit on), everything else as Spring Session does by
	 * default, in a new transaction of the application's transaction manager.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		return sessionTransactions(transactions);
	}

	static TransactionOperations sessionTransactions(PlatformTransactionManager transactions) {
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return Boolean.TRUE.equals(READING.get()) ? action.doInTransaction(new SimpleTransactionStatus(false))
						: writes.execute(action);
			}
		};
	}

	/**
	 * The application's transaction template, as Spring Boot makes it; Boot leaves it out where
	 * another {@link TransactionOperations} is a bean, as the one above is.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	/** {@code app.session.touch-interval}: zero or more, and less than a tenth of the idle timeout. */
	static Duration touchInterval(Environment environment) {
		Binder binder = Binder.get(environment);
		Duration interval = binder.bind("app.session.touch-interval", Duration.class).orElse(Duration.ofMinutes(1));
		Duration timeout = binder.bind("app.session.idle-timeout", Duration.class).orElse(Duration.ofMinutes(30));
		if (interval.isNegative() || interval.multipliedBy(10).compareTo(timeout) > 0) {
			throw new IllegalStateException("app.session.touch-interval (" + interval
					+ ") must be zero or more and at most a tenth of app.session.idle-timeout (" + timeout + ")");
		}
		return interval;
	}

	/**
	 * The store as Spring Session's filter uses it, writing a session back only where
	 * {@link Tracked#mustBeWritten} says so. The index by user is not needed here: who looks sessions
	 * up by user ({@link AccountStates}) asks the store itself.
	 */
	static final class Quiet<S extends Session> implements SessionRepository<Tracked<S>> {

		private final SessionRepository<S> store;

		private final Duration interval;

		private Quiet(SessionRepository<S> store, Duration interval) {
			this.store = store;
			this.interval = interval;
		}

		static <S extends Session> Quiet<S> over(SessionRepository<S> store, Duration interval) {
			return new Quiet<>(store, interval);
		}

		@Override
		public Tracked<S> createSession() {
			return new Tracked<>(this.store.createSession(), null);
		}

		@Override
		public void save(Tracked<S> session) {
			if (session.mustBeWritten(this.interval)) {
				this.store.save(session.session);
				session.written();
			}
		}

		@Override
		@SuppressWarnings("unchecked")
		public Tracked<S> findById(String id) {
			Map<String, Tracked<?>> read = READ_IN_THIS_REQUEST.get();
			Tracked<?> known = read == null ? null : read.get(id);
			if (known != null && known.getId().equals(id)) {
				return (Tracked<S>) known;
			}
			S session;
			READING.set(Boolean.TRUE);
			try {
				session = this.store.findById(id);
			}
			finally {
				READING.remove();
			}
			if (session == null) {
				return null;
			}
			Tracked<S> tracked = new Tracked<>(session, session.getLastAccessedTime());
			if (read != null) {
				read.put(id, tracked);
			}
			return tracked;
		}

		@Override
		public void deleteById(String id) {
			Map<String, Tracked<?>> read = READ_IN_THIS_REQUEST.get();
			if (read != null) {
				read.remove(id);
			}
			this.store.deleteById(id);
		}

	}

	/** A session of the store, noting whether anything but its last access changed since it was read. */
	static final class Tracked<S extends Session> implements Session {

		private final S session;

		/** The last access the store holds; null for a session not stored yet. */
		private Instant stored;

		private boolean changed;

		Tracked(S session, Instant stored) {
			this.session = session;
			this.stored = stored;
		}

		boolean mustBeWritten(Duration interval) {
			return this.stored == null || this.changed
					|| !getLastAccessedTime().isBefore(this.stored.plus(interval));
		}

		void written() {
			this.stored = getLastAccessedTime();
			this.changed = false;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.session.getMaxInactiveInterval())) {
				this.changed = true;
			}
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
