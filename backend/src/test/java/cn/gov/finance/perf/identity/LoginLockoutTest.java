package cn.gov.finance.perf.identity;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login failures lock for a limited time, per account and per client address (等保 2.0 三级): 5 failures
 * → 15 minutes on the engine clock, then the right password works again; an administrator can lift
 * the lock; HTTP Basic failures on /engine-rest count the same way. An anonymous caller can no
 * longer lock an account for good.
 */
@IntegrationTest
class LoginLockoutTest {

	private static final String PASSWORD = "Initial#2027";

	@Autowired
	private IdentityTestSupport support;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldLockAnAccountForFifteenMinutesAfterFiveFailuresThenLetTheRightPasswordIn() throws Exception {
		String user = this.support.createdUser("lock", PASSWORD);
		String attacker = this.support.address();
		for (int i = 1; i <= 4; i++) {
			this.support.login(user, "guess-" + i, attacker).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.type").value("/problems/bad-credentials"));
		}
		this.support.login(user, "guess-5", attacker).andExpect(status().isUnauthorized());

		// Now even the right password, from another address, waits for the lock to end.
		String owner = this.support.address();
		this.support.login(user, PASSWORD, owner)
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/login-locked"))
			.andExpect(jsonPath("$.lockedUntil").exists())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")));
		// The attacker's five failures locked the account and, counted apart, the attacker's address.
		assertThat(this.support.events("LOCKED", user)).isEqualTo(2);
		assertThat(this.support.events("LOGIN_FAILED", user)).isEqualTo(5);
		assertThat(this.support.events("LOGIN_REFUSED", user)).isEqualTo(1);

		this.support.moveClock(Duration.ofMinutes(14));
		this.support.login(user, PASSWORD, owner).andExpect(status().isTooManyRequests());
		this.support.moveClock(Duration.ofMinutes(1).plusSeconds(1));
		this.support.login(user, PASSWORD, owner).andExpect(status().isOk());
		assertThat(this.support.events("LOGIN_SUCCEEDED", user)).isEqualTo(1);
	}

	@Test
	void shouldForgetFailuresOlderThanTheWindowAndAfterASuccess() throws Exception {
		String user = this.support.createdUser("window", PASSWORD);
		String address = this.support.address();
		for (int i = 0; i < 4; i++) {
			this.support.login(user, "x" + i, address).andExpect(status().isUnauthorized());
		}
		this.support.moveClock(Duration.ofMinutes(16));
		this.support.login(user, "late", address).andExpect(status().isUnauthorized());
		this.support.login(user, PASSWORD, address).andExpect(status().isOk());
		for (int i = 0; i < 4; i++) {
			this.support.login(user, "y" + i, this.support.address()).andExpect(status().isUnauthorized());
		}
		this.support.login(user, PASSWORD, this.support.address()).andExpect(status().isOk());
		assertThat(this.support.events("LOCKED", user)).isZero();
	}

	@Test
	void shouldLockAClientAddressThatTriesManyAccounts() throws Exception {
		String sprayer = this.support.address();
		for (int i = 0; i < 5; i++) {
			this.support.login("nobody-" + i + "-" + System.nanoTime(), "guess", sprayer).andExpect(status().isUnauthorized());
		}
		String victim = this.support.createdUser("victim", PASSWORD);

		this.support.login(victim, PASSWORD, sprayer).andExpect(status().isTooManyRequests());
		this.support.login(victim, PASSWORD, this.support.address()).andExpect(status().isOk());
		this.support.moveClock(Duration.ofMinutes(15).plusSeconds(1));
		this.support.login(victim, PASSWORD, sprayer).andExpect(status().isOk());
	}

	@Test
	void shouldLetAnAdministratorUnlockAndNobodyElse() throws Exception {
		String user = this.support.createdUser("unlock", PASSWORD);
		String address = this.support.address();
		for (int i = 0; i < 5; i++) {
			this.support.login(user, "x" + i, address);
		}
		String owner = this.support.address();
		this.support.login(user, PASSWORD, owner).andExpect(status().isTooManyRequests());

		this.mvc.perform(post("/api/admin/users/" + user + "/unlock").with(this.logins.as("perf")).with(csrfToken()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.support.login(user, PASSWORD, owner).andExpect(status().isTooManyRequests());
		this.mvc.perform(post("/api/admin/users/no-such-user/unlock").with(this.logins.as("admin")).with(csrfToken()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/admin/users/" + user + "/unlock").with(this.logins.as("admin")).with(csrfToken()))
			.andExpect(status().isNoContent());

		this.support.login(user, PASSWORD, owner).andExpect(status().isOk());
		assertThat(this.support.events("UNLOCKED", "admin")).isPositive();
		assertThat(this.support.events("ACCESS_DENIED", "perf")).isPositive();
	}

	@Test
	void shouldCountEngineRestBasicFailuresTheSameWay() throws Exception {
		String admin = this.support.createdUser("rest", PASSWORD, Roles.ADMIN);
		String address = this.support.address();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/engine-rest/process-definition/count").with(httpBasic(admin, "wrong-" + i))
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				})).andExpect(status().isUnauthorized());
		}
		// Locked for the app's login too, and for Basic with the right password.
		this.support.login(admin, PASSWORD, this.support.address()).andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/engine-rest/process-definition/count").with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(this.support.events("LOGIN_FAILED", admin)).isEqualTo(5);

		this.support.moveClock(Duration.ofMinutes(16));
		// The password was never changed through the application: Basic is refused until it is.
		this.mvc.perform(get("/engine-rest/process-definition/count").with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(this.support.events("LOGIN_REFUSED", admin)).isEqualTo(3);
	}

}
