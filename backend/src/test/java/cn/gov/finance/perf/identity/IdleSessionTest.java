package cn.gov.finance.perf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.gov.finance.perf.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Idle sessions end after 30 minutes without user activity (engine clock), however often the app
 * polls in the background: it reports the user's idle time with each request.
 */
@IntegrationTest
class IdleSessionTest {

	@Autowired
	private IdentityTestSupport support;

	@Autowired
	private MockMvc mvc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldEndASessionThatOnlyPolledForThirtyMinutes() throws Exception {
		MockHttpSession session = loggedIn();

		this.support.moveClock(Duration.ofMinutes(20));
		poll(session, Duration.ofMinutes(20)).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(9));
		poll(session, Duration.ofMinutes(29)).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(2));
		poll(session, Duration.ofMinutes(31)).andExpect(status().isUnauthorized());

		assertThat(session.isInvalid()).isTrue();
		assertThat(this.support.events("SESSION_EXPIRED", "edu-unit")).isPositive();
	}

	@Test
	void shouldKeepASessionTheUserWorksIn() throws Exception {
		MockHttpSession session = loggedIn();

		this.support.moveClock(Duration.ofMinutes(25));
		poll(session, Duration.ZERO).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(25));
		poll(session, Duration.ofMinutes(25)).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(6));
		poll(session, Duration.ofMinutes(31)).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldCountARequestWithoutTheHeaderAsActivity() throws Exception {
		MockHttpSession session = loggedIn();
		this.support.moveClock(Duration.ofMinutes(25));
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(25));
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(31));
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
	}

	private MockHttpSession loggedIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.support.login("edu-unit", "demo123", this.support.address(), session).andExpect(status().isOk());
		return session;
	}

	private ResultActions poll(MockHttpSession session, Duration idle) throws Exception {
		return this.mvc.perform(get("/api/auth/me").session(session).header(IdleSessions.IDLE_HEADER, idle.toMillis()));
	}

}
