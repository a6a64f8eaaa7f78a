package cn.gov.finance.perf.identity;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.gov.finance.perf.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The password rules: a created user (or one whose password an administrator set) must change it at
 * the first login before doing anything else; the new one has at least 8 characters of three
 * classes, does not contain the user name and is none of the last 5; it expires after 90 days.
 * Demo users are exempt.
 */
@IntegrationTest
class PasswordChangeApiTest {

	private static final String INITIAL = "Initial#2027";

	@Autowired
	private IdentityTestSupport support;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IdentityService identityService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldForceACreatedUserToChangeThePasswordBeforeAnythingElse() throws Exception {
		String user = this.support.createdUser("first", INITIAL);
		MockHttpSession session = new MockHttpSession();
		this.support.login(user, INITIAL, this.support.address(), session)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.passwordChangeReason").value("FIRST_LOGIN"))
			.andExpect(jsonPath("$.sessionTimeoutSeconds").value(1800));

		this.mvc.perform(get("/api/items").session(session))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/password-change-required"));
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(jsonPath("$.passwordChangeRequired").value(true));

		change(session, "wrong-current", "Better#2028").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		change(session, INITIAL, INITIAL).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		change(session, INITIAL, "short1A").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		change(session, INITIAL, "alllowercase1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		change(session, INITIAL, "X" + user + "#9").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("不得包含用户名"));

		change(session, INITIAL, "Better#2028").andExpect(status().isNoContent());
		this.mvc.perform(get("/api/items").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/auth/me").session(session))
			.andExpect(jsonPath("$.passwordChangeRequired").value(false))
			.andExpect(jsonPath("$.passwordExpiresAt").exists());
		assertThat(this.support.events("PASSWORD_CHANGED", user)).isEqualTo(1);
		assertThat(this.support.events("PASSWORD_CHANGE_FAILED", user)).isEqualTo(5);

		this.support.login(user, INITIAL, this.support.address()).andExpect(status().isUnauthorized());
		this.support.login(user, "Better#2028", this.support.address())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void shouldRefuseAnyOfTheLastFivePasswords() throws Exception {
		String user = this.support.createdUser("history", INITIAL);
		MockHttpSession session = new MockHttpSession();
		this.support.login(user, INITIAL, this.support.address(), session).andExpect(status().isOk());
		String current = INITIAL;
		for (int i = 1; i <= 5; i++) {
			String next = "Rotate#" + i + "abc";
			change(session, current, next).andExpect(status().isNoContent());
			current = next;
		}
		// The last five are Rotate#1..#5 (the initial one is the sixth from last).
		change(session, current, "Rotate#2abc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("最近 5 次")));
		change(session, current, INITIAL).andExpect(status().isNoContent());
	}

	@Test
	void shouldExpireAPasswordAfterNinetyDays() throws Exception {
		String user = this.support.createdUser("expiry", INITIAL);
		MockHttpSession session = new MockHttpSession();
		this.support.login(user, INITIAL, this.support.address(), session).andExpect(status().isOk());
		change(session, INITIAL, "Fresh#2028x").andExpect(status().isNoContent());

		this.support.moveClock(Duration.ofDays(89));
		this.support.login(user, "Fresh#2028x", this.support.address())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
		this.support.moveClock(Duration.ofDays(2));
		this.support.login(user, "Fresh#2028x", this.support.address())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.passwordChangeReason").value("EXPIRED"));
	}

	@Test
	void shouldForceAChangeAgainWhenAnAdministratorResetsThePassword() throws Exception {
		String user = this.support.createdUser("reset", INITIAL);
		MockHttpSession session = new MockHttpSession();
		this.support.login(user, INITIAL, this.support.address(), session).andExpect(status().isOk());
		change(session, INITIAL, "Mine#2028abc").andExpect(status().isNoContent());

		User camundaUser = this.identityService.createUserQuery().userId(user).singleResult();
		camundaUser.setPassword("Reset#2028abc");
		this.identityService.saveUser(camundaUser);

		this.support.login(user, "Reset#2028abc", this.support.address())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.passwordChangeReason").value("FIRST_LOGIN"));
	}

	@Test
	void shouldExemptTheDemoUsers() throws Exception {
		for (String demo : new String[] { "edu", "admin", "audit" }) {
			this.support.login(demo, "demo123", this.support.address())
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.passwordChangeRequired").value(false));
		}
	}

	private ResultActions change(MockHttpSession session, String current, String next) throws Exception {
		return this.mvc.perform(post("/api/auth/password").session(session).with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
	}

}
