package cn.gov.finance.perf.identity;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security event log: logins, failures, logouts and refusals with who, when, where from and the
 * result; readable by the audit office and administrators only, changed by nobody, purged after the
 * retention (180 days) on the engine clock.
 */
@IntegrationTest
class SecurityEventLogApiTest {

	private static final String PASSWORD = "Initial#2027";

	@Autowired
	private IdentityTestSupport support;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private SecurityEventLog log;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRecordWhoWhenWhereAndTheResult() throws Exception {
		String user = this.support.createdUser("log", PASSWORD);
		String address = this.support.address();
		this.support.login(user, "wrong", address).andExpect(status().isUnauthorized());
		MockHttpSession session = new MockHttpSession();
		this.support.login(user, PASSWORD, address, session).andExpect(status().isOk());
		this.mvc.perform(post("/api/auth/logout").session(session).with(csrfToken())).andExpect(status().isNoContent());

		JsonNode events = this.json.readTree(this.mvc
			.perform(get("/api/security-events?principal=" + user).with(this.logins.as("audit")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(events.get("totalElements").asLong()).isEqualTo(3);
		assertThat(events.get("content").findValuesAsText("type")).containsExactly("LOGOUT", "LOGIN_SUCCEEDED",
				"LOGIN_FAILED");
		JsonNode failure = events.get("content").get(2);
		assertThat(failure.get("outcome").asText()).isEqualTo("FAILURE");
		assertThat(failure.get("clientAddress").asText()).isEqualTo(address);
		assertThat(failure.get("channel").asText()).isEqualTo("APP");
		assertThat(failure.get("occurredAt").asText()).isNotBlank();

		this.mvc.perform(get("/api/security-events?type=LOGIN_FAILED&outcome=FAILURE&principal=" + user)
			.with(this.logins.as("admin"))).andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void shouldBeReadOnlyAndOnlyForAuditAndAdministrators() throws Exception {
		this.mvc.perform(get("/api/security-events").with(this.logins.as("edu")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		this.mvc.perform(get("/api/security-events").with(this.logins.as("perf"))).andExpect(status().isForbidden());
		assertThat(this.support.events("ACCESS_DENIED", "edu")).isPositive();

		long id = this.json.readTree(this.mvc.perform(get("/api/security-events?size=1").with(this.logins.as("audit")))
			.andReturn()
			.getResponse()
			.getContentAsString()).at("/content/0/id").asLong();
		this.mvc.perform(put("/api/security-events/" + id).with(this.logins.as("admin")).with(csrfToken())
			.contentType("application/json").content("{}")).andExpect(status().is4xxClientError());
		this.mvc.perform(delete("/api/security-events/" + id).with(this.logins.as("admin")).with(csrfToken()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(delete("/api/security-events").with(this.logins.as("admin")).with(csrfToken()))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(get("/api/security-events?size=1").with(this.logins.as("audit")))
			.andExpect(jsonPath("$.content[0].id").value(id));
	}

	@Test
	void shouldPurgeOnlyWhatIsOlderThanTheRetention() throws Exception {
		String old = "purge-old-" + System.nanoTime();
		String recent = "purge-recent-" + System.nanoTime();
		this.log.record(Type.LOGIN_FAILED, Outcome.FAILURE, old, "10.79.0.1", Channel.APP, null);
		this.support.moveClock(Duration.ofDays(100));
		this.log.record(Type.LOGIN_FAILED, Outcome.FAILURE, recent, "10.79.0.1", Channel.APP, null);

		this.support.moveClock(Duration.ofDays(79));
		this.log.purge();
		assertThat(this.support.events("LOGIN_FAILED", old)).as("179 days old: kept").isEqualTo(1);

		this.support.moveClock(Duration.ofDays(2));
		assertThat(this.log.purge()).isPositive();
		assertThat(this.support.events("LOGIN_FAILED", old)).as("181 days old: purged").isZero();
		assertThat(this.support.events("LOGIN_FAILED", recent)).as("81 days old: kept").isEqualTo(1);
	}

	@Test
	void shouldRefuseARetentionUnderSixMonths() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new SecurityEventLog(null, null, null, Duration.ofDays(90)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("180 days");
	}

}
