package cn.gov.finance.perf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import cn.gov.finance.perf.system.AppClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Spring Session's filter reads and writes per request with {@link SessionWrites}' repository in
 * between: a store that counts, and requests that commit their response before they end (as every
 * JSON answer does), so the filter commits the session twice. Spring Session stamps each access
 * with the wall clock; the engine clock, which {@link AppClock} reads, is not moved here, so the two agree.
 */
class SessionWritesTest {

	private final CountingStore store = new CountingStore();

	private final SessionRepositoryFilter<?> sessions = new SessionRepositoryFilter<>(
			SessionWrites.Quiet.over(this.store, Duration.ofMinutes(1)));

	private final OncePerRequestFilter readsOfARequest = new SessionWrites().sessionsReadInARequest(0).getFilter();

	@BeforeEach
	void engineClockAsTheWallClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldReadASessionOnceAndLeaveItUnwrittenWhenOnlyItsAccessMovedWithinTheInterval() throws Exception {
		String id = this.store.stored(AppClock.instant().minusSeconds(30));

		request(id, session -> assertThat(session.getAttribute("user")).isEqualTo("perf"));

		assertThat(this.store.reads).as("one read, where Spring Session's two commits made it two").isEqualTo(1);
		assertThat(this.store.writes).isZero();
	}

	@Test
	void shouldWriteTheSessionBackWhenWhatIsStoredIsTheIntervalOld() throws Exception {
		Instant stored = AppClock.instant().minus(Duration.ofMinutes(1));
		String id = this.store.stored(stored);

		request(id, session -> session.getAttribute("user"));

		assertThat(this.store.writes).isEqualTo(1);
		assertThat(this.store.sessions.get(id).getLastAccessedTime()).isAfter(stored);
	}

	@Test
	void shouldWriteAChangedAttributeAtOnceAndOnlyOnce() throws Exception {
		String id = this.store.stored(AppClock.instant().minusSeconds(5));

		request(id, session -> session.setAttribute("bpm.lastActivity", 42L));

		assertThat(this.store.writes).as("written at the first commit; the second finds nothing new").isEqualTo(1);
		assertThat((Long) this.store.sessions.get(id).getAttribute("bpm.lastActivity")).isEqualTo(42L);
		assertThat(this.store.reads).isEqualTo(1);
	}

	@Test
	void shouldWriteANewSessionAndAChangedId() throws Exception {
		request(null, session -> session.setAttribute("user", "edu"));
		assertThat(this.store.writes).as("a new session").isEqualTo(1);

		String id = this.store.stored(AppClock.instant().minusSeconds(5));
		this.store.writes = 0;
		String[] changed = new String[1];
		MockHttpServletRequest request = request(id);
		this.readsOfARequest.doFilter(request, new MockHttpServletResponse(), (req, res) -> this.sessions.doFilter(req, res,
				(q, s) -> {
					((HttpServletRequest) q).getSession(false);
					changed[0] = ((HttpServletRequest) q).changeSessionId();
					s.flushBuffer();
				}));
		assertThat(this.store.writes).as("a login's new id").isEqualTo(1);
		assertThat(this.store.sessions).containsKey(changed[0]).doesNotContainKey(id);
	}

	@Test
	void shouldDeleteAnInvalidatedSessionAndNotFindItAgainInTheSameRequest() throws Exception {
		String id = this.store.stored(AppClock.instant().minusSeconds(5));

		request(id, HttpSession::invalidate);

		assertThat(this.store.sessions).doesNotContainKey(id);
		assertThat(this.store.writes).isZero();
	}

	@Test
	void shouldReadAgainInTheNextRequest() throws Exception {
		String id = this.store.stored(AppClock.instant().minusSeconds(5));

		request(id, session -> session.getAttribute("user"));
		this.store.sessions.get(id).setAttribute("user", "changed on another node");
		String[] seen = new String[1];
		request(id, session -> seen[0] = session.getAttribute("user").toString());

		assertThat(this.store.reads).isEqualTo(2);
		assertThat(seen[0]).as("nothing is kept from one request to the next").isEqualTo("changed on another node");
	}

	@Test
	void shouldReadWithoutATransactionAndWriteInANewOne() throws Exception {
		List<TransactionDefinition> begun = new ArrayList<>();
		PlatformTransactionManager transactions = new AbstractPlatformTransactionManager() {
			@Override
			protected Object doGetTransaction() {
				return new Object();
			}

			@Override
			protected void doBegin(Object transaction, TransactionDefinition definition) {
				begun.add(definition);
			}

			@Override
			protected void doCommit(DefaultTransactionStatus status) {
			}

			@Override
			protected void doRollback(DefaultTransactionStatus status) {
			}
		};
		TransactionOperations operations = SessionWrites.sessionTransactions(transactions);
		this.store.operations = operations;
		String id = this.store.stored(AppClock.instant().minus(Duration.ofMinutes(2)));

		request(id, session -> session.getAttribute("user"));

		assertThat(this.store.reads).isEqualTo(1);
		assertThat(this.store.writes).isEqualTo(1);
		assertThat(begun).as("the read without a transaction, the write in a new one").singleElement()
			.extracting(TransactionDefinition::getPropagationBehavior)
			.isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String outside = operations.execute(status -> "outside a read");
		assertThat(outside).isEqualTo("outside a read");
		assertThat(begun).as("anything else, like the write, in a new transaction").hasSize(2);
	}

	private static MockHttpServletRequest request(String id) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks");
		if (id != null) {
			request.setCookies(new Cookie("SESSION",
					java.util.Base64.getEncoder().encodeToString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		}
		return request;
	}

	/** A request that uses its session, then writes and flushes its answer (the response is committed), then ends. */
	private void request(String id, Consumer<HttpSession> use) throws Exception {
		this.readsOfARequest.doFilter(request(id), new MockHttpServletResponse(), (req, res) -> this.sessions.doFilter(req,
				res, (q, s) -> {
					HttpSession session = ((HttpServletRequest) q).getSession(id == null);
					use.accept(session);
					s.getWriter().write("{}");
					s.flushBuffer();
				}));
	}

	/** Sessions in a map, counting what is read and written. */
	static final class CountingStore implements SessionRepository<MapSession> {

		final Map<String, MapSession> sessions = new HashMap<>();

		int reads;

		int writes;

		String stored(Instant lastAccess) {
			MapSession session = new MapSession();
			session.setAttribute("user", "perf");
			session.setLastAccessedTime(lastAccess);
			this.sessions.put(session.getId(), session);
			return session.getId();
		}

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		/** As Spring Session's store runs its statements; none by default. */
		TransactionOperations operations = TransactionOperations.withoutTransaction();

		@Override
		public void save(MapSession session) {
			this.operations.executeWithoutResult(status -> write(session));
		}

		private void write(MapSession session) {
			this.writes++;
			if (!session.getId().equals(session.getOriginalId())) {
				this.sessions.remove(session.getOriginalId());
			}
			this.sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			return this.operations.execute(status -> {
				this.reads++;
				MapSession session = this.sessions.get(id);
				return session == null ? null : new MapSession(session);
			});
		}

		@Override
		public void deleteById(String id) {
			this.sessions.remove(id);
		}

	}

}
