package cn.gov.finance.perf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Spring Session's filter reads and writes per request with {@link SessionWrites}' repository in
 * between: a store that counts, and requests that commit their response before they end (as every
 * JSON answer does), so the filter commits the session twice.
 */
class SessionWritesTest {

	private final CountingStore store = new CountingStore();

	private final SessionRepositoryFilter<?> sessions = new SessionRepositoryFilter<>(
			SessionWrites.Quiet.over(this.store, Duration.ofMinutes(1)));

	private final OncePerRequestFilter readsOfARequest = new SessionWrites().sessionsReadInARequest(0).getFilter();

	@Test
	void shouldReadASessionOnceAndLeaveItUnwrittenWhenOnlyItsAccessMovedWithinTheInterval() throws Exception {
		String id = this.store.stored(Instant.now().minusSeconds(30));

		request(id, session -> assertThat(session.getAttribute("user")).isEqualTo("perf"));

		assertThat(this.store.reads).as("one read, where Spring Session's two commits made it two").isEqualTo(1);
		assertThat(this.store.writes).isZero();
	}

	@Test
	void shouldWriteTheSessionBackWhenWhatIsStoredIsTheIntervalOld() throws Exception {
		Instant stored = Instant.now().minus(Duration.ofMinutes(1));
		String id = this.store.stored(stored);

		request(id, session -> session.getAttribute("user"));

		assertThat(this.store.writes).isEqualTo(1);
		assertThat(this.store.sessions.get(id).getLastAccessedTime()).isAfter(stored);
	}

	@Test
	void shouldWriteAChangedAttributeAtOnceAndOnlyOnce() throws Exception {
		String id = this.store.stored(Instant.now().minusSeconds(5));

		request(id, session -> session.setAttribute("bpm.lastActivity", 42L));

		assertThat(this.store.writes).as("written at the first commit; the second finds nothing new").isEqualTo(1);
		assertThat((Long) this.store.sessions.get(id).getAttribute("bpm.lastActivity")).isEqualTo(42L);
		assertThat(this.store.reads).isEqualTo(1);
	}

	@Test
	void shouldWriteANewSessionAndAChangedId() throws Exception {
		request(null, session -> session.setAttribute("user", "edu"));
		assertThat(this.store.writes).as("a new session").isEqualTo(1);

		String id = this.store.stored(Instant.now().minusSeconds(5));
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
		String id = this.store.stored(Instant.now().minusSeconds(5));

		request(id, HttpSession::invalidate);

		assertThat(this.store.sessions).doesNotContainKey(id);
		assertThat(this.store.writes).isZero();
	}

	@Test
	void shouldReadAgainInTheNextRequest() throws Exception {
		String id = this.store.stored(Instant.now().minusSeconds(5));

		request(id, session -> session.getAttribute("user"));
		this.store.sessions.get(id).setAttribute("user", "changed on another node");
		String[] seen = new String[1];
		request(id, session -> seen[0] = session.getAttribute("user").toString());

		assertThat(this.store.reads).isEqualTo(2);
		assertThat(seen[0]).as("nothing is kept from one request to the next").isEqualTo("changed on another node");
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
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

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

		@Override
		public void save(MapSession session) {
			this.writes++;
			if (!session.getId().equals(session.getOriginalId())) {
				this.sessions.remove(session.getOriginalId());
			}
			this.sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			this.reads++;
			MapSession session = this.sessions.get(id);
			return session == null ? null : new MapSession(session);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
