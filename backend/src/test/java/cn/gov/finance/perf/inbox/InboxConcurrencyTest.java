package cn.gov.finance.perf.inbox;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Two to five officers of one group act on the same task at the same moment, {@value #TRIALS} times:
 * some complete it, some claim it. Exactly one wins each time; every loser gets 409 problem+json
 * (never 403, 404 or 500), and the task's step is recorded once. Runs on H2 and, in CI, on MariaDB.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxConcurrencyTest {

	static final int TRIALS = 100;

	static final List<String> OFFICERS = List.of("audit", "audit2", "audit3", "audit4", "audit5");

	private static final Logger log = LoggerFactory.getLogger(InboxConcurrencyTest.class);

	@Autowired
	private SliceApi api;

	@Autowired
	private IdentityDirectory identities;

	@Autowired
	private JdbcTemplate jdbc;

	private ExecutorService pool;

	@BeforeAll
	void officersAndThreads() {
		for (String officer : OFFICERS) {
			this.identities.ensureUser(officer, "审计员" + officer, Logins.PASSWORD, "audit", Roles.AUDIT);
		}
		this.pool = Executors.newFixedThreadPool(OFFICERS.size());
	}

	@AfterAll
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void exactlyOneOfTheOfficersActingAtOnceWinsAndEveryLoserGets409() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		int completedWins = 0;
		int claimWins = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			JsonNode review = this.api.read(this.api.post("audit", "/api/items/" + code + "/audit-reviews",
					Map.of("scope", "并发第 " + trial + " 轮")).andExpect(status().isCreated()));
			String task = this.api.taskWithKey("audit", code, "Task_AuditReview");
			int racers = 2 + trial % 4;
			List<Attempt> attempts = race(task, trial, racers);

			List<Attempt> winners = attempts.stream().filter(a -> a.status() < 300).toList();
			assertThat(winners).as("trial %d: %s", trial, attempts).hasSize(1);
			assertThat(attempts.stream().filter(a -> a.status() >= 300))
				.as("trial %d: every loser gets 409 problem+json: %s", trial, attempts)
				.allSatisfy(loser -> {
					assertThat(loser.status()).isEqualTo(409);
					assertThat(loser.contentType()).isEqualTo("application/problem+json");
					assertThat(loser.body()).contains("\"taskState\"");
				});
			Attempt winner = winners.get(0);
			if (winner.claim()) {
				claimWins++;
				// The claimer finishes the review, so the next trial can open a new one.
				this.api.post(winner.user(), "/api/tasks/" + task + "/audit-review-close", Map.of("conclusion", "结论"))
					.andExpect(status().isOk());
			}
			else {
				completedWins++;
			}
			assertThat(this.jdbc.queryForObject("select count(*) from task_completion where task_id = ?", Integer.class, task))
				.as("trial %d: the step is recorded once", trial)
				.isEqualTo(1);
			JsonNode latest = this.api.read(this.api.get("audit", "/api/items/" + code + "/audit-reviews")).get(0);
			assertThat(latest.get("id").asLong()).isEqualTo(review.get("id").asLong());
			assertThat(latest.get("status").asText()).isEqualTo("CLOSED");
		}
		log.info("{} trials: {} won by a completion, {} by a claim", TRIALS, completedWins, claimWins);
		assertThat(completedWins + claimWins).isEqualTo(TRIALS);
	}

	/** The officers act on the task at once: odd ones claim, even ones complete. */
	private List<Attempt> race(String task, int trial, int racers) throws Exception {
		CountDownLatch ready = new CountDownLatch(racers);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Attempt>> futures = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			String user = OFFICERS.get(i);
			boolean claim = (i + trial) % 2 == 1;
			futures.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				MockHttpServletResponse response = (claim
						? this.api.post(user, "/api/tasks/" + task + "/claim", Map.of())
						: this.api.post(user, "/api/tasks/" + task + "/audit-review-close",
								Map.of("conclusion", user + " 的复核结论")))
					.andReturn()
					.getResponse();
				return new Attempt(user, claim, response.getStatus(), response.getContentType(),
						response.getContentAsString());
			}));
		}
		assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		List<Attempt> attempts = new ArrayList<>();
		for (Future<Attempt> future : futures) {
			attempts.add(future.get(30, TimeUnit.SECONDS));
		}
		return attempts;
	}

	record Attempt(String user, boolean claim, int status, String contentType, String body) {

		@Override
		public String toString() {
			return this.user + (this.claim ? " claim " : " complete ") + this.status;
		}

	}

}
