package cn.gov.finance.perf.system;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Idempotency-Key on the creates: the same key and body give the first answer (same status, same
 * id) and create nothing more; the same key with another body is refused with 422; two identical
 * requests at once create one thing; a refused request can be sent again with its key.
 */
@IntegrationTest
class IdempotencyApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private IdempotentCreates.Purge purge;

	@Test
	void shouldAnswerARepeatedProposalWithTheFirstItem() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> proposal = SliceApi.proposal("edu", null, false);
		long before = count("budget_item");

		MvcResult first = create("edu", "/api/items", key, proposal).andExpect(status().isCreated()).andReturn();
		String code = this.json.readTree(first.getResponse().getContentAsString()).get("code").asText();
		create("edu", "/api/items", key, proposal)
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(header().string("Location", first.getResponse().getHeader("Location")))
			.andExpect(jsonPath("$.code").value(code));

		assertThat(count("budget_item")).isEqualTo(before + 1);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey("BudgetItemLifecycleProcess")
			.count()).as("one lifecycle started").isEqualTo(1);

		Map<String, Object> other = new HashMap<>(proposal);
		other.put("amount", "999.00");
		create("edu", "/api/items", key, other)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"))
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(count("budget_item")).isEqualTo(before + 1);

		// The key belongs to the user: another user's identical request is a request of its own.
		create("health", "/api/items", key, SliceApi.proposal("health", null, false)).andExpect(status().isCreated());
		assertThat(count("budget_item")).isEqualTo(before + 2);
	}

	@Test
	void shouldCreateOnceForTwoIdenticalRequestsAtOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> proposal = SliceApi.proposal("edu", null, false);
		long before = count("budget_item");
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return create("edu", "/api/items", key, proposal).andReturn();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		start.countDown();
		List<JsonNode> answers = new ArrayList<>();
		for (CompletableFuture<MvcResult> call : calls) {
			MvcResult result = call.get(60, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			answers.add(this.json.readTree(result.getResponse().getContentAsString()));
		}

		assertThat(answers.get(0).get("code").asText()).isEqualTo(answers.get(1).get("code").asText());
		assertThat(count("budget_item")).isEqualTo(before + 1);
	}

	@Test
	void shouldLetARefusedRequestBeSentAgainWithItsKey() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> invalid = new HashMap<>(SliceApi.proposal("edu", null, false));
		invalid.put("fiscalYear", 1999);
		create("edu", "/api/items", key, invalid).andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from idempotency_record where idem_key = ?", Long.class, key))
			.isZero();

		invalid.put("fiscalYear", 2027);
		create("edu", "/api/items", key, invalid).andExpect(status().isCreated());
	}

	@Test
	void shouldWorkOnEveryCreate() throws Exception {
		String period = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("divisionCode", "152500", "fiscalYear", 2044, "name", "1-7月绩效运行监控",
				"cutoffDate", "2044-07-31", "dueDate", "2044-08-10");
		long periods = count("monitoring_period");
		JsonNode first = this.json.readTree(create("admin", "/api/monitoring-periods", period, body)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		create("admin", "/api/monitoring-periods", period, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(first.get("id").asLong()));
		assertThat(count("monitoring_period")).isEqualTo(periods + 1);

		String round = UUID.randomUUID().toString();
		long rounds = count("appraisal");
		create("perf", "/api/appraisals", round, Map.of("fiscalYear", 2044)).andExpect(status().isCreated());
		create("perf", "/api/appraisals", round, Map.of("fiscalYear", 2044)).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		assertThat(count("appraisal")).isEqualTo(rounds + 1);
		// Without the key the second round of the year is refused as before.
		this.mvc.perform(post("/api/appraisals").with(this.logins.as("perf")).with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\":2044}")).andExpect(status().is4xxClientError());

		create("edu", "/api/items", "short", SliceApi.proposal("edu", null, false))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	@Test
	void shouldForgetAnswersAfterTheRetention() throws Exception {
		String key = UUID.randomUUID().toString();
		create("edu", "/api/items", key, SliceApi.proposal("edu", null, false)).andExpect(status().isCreated());
		try {
			ClockUtil.setCurrentTime(java.util.Date.from(AppClock.instant().plus(java.time.Duration.ofDays(6))));
			this.purge.purge();
			assertThat(records(key)).as("6 days old: kept").isEqualTo(1);
			ClockUtil.setCurrentTime(java.util.Date.from(AppClock.instant().plus(java.time.Duration.ofDays(2))));
			this.purge.purge();
			assertThat(records(key)).as("8 days old: forgotten").isZero();
		}
		finally {
			ClockUtil.reset();
		}
	}

	private long records(String key) {
		return this.jdbc.queryForObject("select count(*) from idempotency_record where idem_key = ?", Long.class, key);
	}

	private ResultActions create(String user, String path, String key, Object body) throws Exception {
		return this.mvc.perform(post(path).with(this.logins.as(user)).with(csrfToken())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
