package cn.gov.finance.perf.tracking;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures against a known fiscal year ({@value #YEAR}, this class's own), built
 * through the application: one item waiting (overdue) at its assessment, one stopped there, one under
 * monitoring whose payment was suspended and then recovered, one with its result fixed (优) and applied.
 * Each figure's items are listed by the same condition that counted them, and each user counts only
 * what they may see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

	static final int YEAR = 2052;

	@Autowired
	private SliceApi api;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MonitoringFixtures fixtures;

	@Autowired
	private Jobs jobs;

	@Autowired
	private TaskService taskService;

	@Autowired
	private AppClock clock;

	private String waiting;

	private String stopped;

	private String suspended;

	private String applied;

	@BeforeAll
	void knownYear() throws Exception {
		// Waiting at its assessment, which fell due yesterday.
		Map<String, Object> a = proposal("edu", null, false);
		a.put("fiscalYear", YEAR);
		this.waiting = this.api.propose("edu", a);
		this.taskService.setDueDate(this.api.taskWithKey("edu", this.waiting, "Task_FillAssessment"),
				Date.from(this.clock.now().minus(Duration.ofDays(1))));

		// Stopped at the gate: not supported.
		Map<String, Object> b = proposal("health", null, false);
		b.put("fiscalYear", YEAR);
		this.stopped = this.api.propose("health", b);
		this.api.post("health", "/api/tasks/" + this.api.taskOf("health", this.stopped) + "/assessment",
				assessment(8, 7, 6, 8, 9)).andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", this.stopped) + "/assessment-review",
				SliceApi.review("NOT_SUPPORTED")).andExpect(status().isCreated());

		// Monitored: 500,000 of 1,000,000 spent by July (85.7, green) with a serious problem; payment
		// suspended, rectification failed, the funds recovered.
		this.fixtures.calendar(YEAR);
		this.suspended = this.fixtures.monitoredProject(proposal("edu", null, false), YEAR);
		Map<String, Object> report = new HashMap<>();
		report.put("spentAmount", new BigDecimal("500000"));
		report.put("declaredCause", "SERIOUS_PROBLEM");
		report.put("summary", "发现重大损失风险");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(Map.of("actualToDate", "按进度推进", "expectedCompletion", "ACHIEVED"));
		}
		report.put("indicators", rows);
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", this.suspended, "Task_FileReport")
				+ "/monitoring-report", report).andExpect(status().isOk());
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", this.suspended) + "/payment-decision",
				Map.of("action", "SUSPEND", "opinion", "暂缓拨款。")).andExpect(status().isCreated());
		this.jobs.run(this.suspended, "Task_RecordPaymentAction");
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", this.suspended) + "/rectification",
				Map.of("measures", "完善资金管理制度。")).andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", this.suspended) + "/rectification-verification",
				Map.of("verdict", "FAILED", "opinion", "整改不到位。")).andExpect(status().isCreated());
		this.jobs.run(this.suspended, "Task_RecoverRemaining");

		// Evaluated 95.97 (优) and applied: 700,000 spent by July (green).
		this.applied = this.fixtures.resultFixedProject(YEAR);
	}

	private JsonNode dashboard(String user) throws Exception {
		return this.api.read(this.api.get(user, "/api/tracking/dashboard?fiscalYear=" + YEAR).andExpect(status().isOk()));
	}

	private List<String> itemsBehind(String user, String chart, String key) throws Exception {
		JsonNode page = this.api.read(this.api.get(user, "/api/tracking/dashboard/items?fiscalYear=" + YEAR + "&chart=" + chart
				+ "&key=" + key).andExpect(status().isOk()));
		List<String> codes = page.get("content").findValuesAsText("code");
		assertThat(page.get("totalElements").asLong()).isEqualTo(codes.size());
		return codes;
	}

	private static Map<String, Long> counts(JsonNode rows, String key, String value) {
		Map<String, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put(row.get(key).asText(), row.get(value).asLong()));
		return counts;
	}

	@Test
	void financeSeesEveryFigureOfTheYear() throws Exception {
		JsonNode d = dashboard("perf");
		assertThat(d.get("items").asLong()).isEqualTo(4);

		Map<String, Long> stages = counts(d.get("stages"), "stage", "items");
		// A stopped item is closed (stopped); the recovered one went on to its evaluation.
		assertThat(stages).containsEntry("ASSESSMENT", 1L).containsEntry("TARGET_COMPILATION", 0L)
			.containsEntry("MONITORING", 0L).containsEntry("EVALUATION", 1L).containsEntry("RESULT_APPLICATION", 1L)
			.containsEntry("CLOSED", 1L);
		assertThat(counts(d.get("stages"), "stage", "stopped")).containsEntry("CLOSED", 1L).containsEntry("ASSESSMENT", 0L);
		assertThat(counts(d.get("stages"), "stage", "active")).containsEntry("ASSESSMENT", 1L).containsEntry("CLOSED", 0L);

		assertThat(d.get("overdue")).hasSize(1);
		assertThat(d.get("overdue").get(0).get("key").asText()).isEqualTo("edu");
		assertThat(d.get("overdue").get(0).get("name").asText()).isEqualTo("盟教育局");
		assertThat(d.get("overdue").get(0).get("items").asLong()).isEqualTo(1);

		assertThat(counts(d.get("lights"), "key", "items")).containsEntry("GREEN", 2L).containsEntry("RED", 0L)
			.containsEntry("YELLOW", 0L).containsEntry("NONE", 0L);
		assertThat(counts(d.get("grades"), "key", "items")).containsEntry("EXCELLENT", 1L).containsEntry("GOOD", 0L)
			.containsEntry("FAIR", 0L).containsEntry("POOR", 0L);

		Map<String, JsonNode> funds = new HashMap<>();
		d.get("funds").forEach(f -> funds.put(f.get("key").asText(), f));
		assertThat(funds.get("SUSPEND").get("items").asLong()).isEqualTo(1);
		assertThat(funds.get("SUSPEND").get("amount").decimalValue()).isEqualByComparingTo("500000");
		assertThat(funds.get("RECOVER").get("amount").decimalValue()).isEqualByComparingTo("500000");
		assertThat(funds.get("STOP").get("items").asLong()).isZero();
		assertThat(funds.get("CUT").get("amount").decimalValue()).isEqualByComparingTo("0");

		assertThat(counts(d.get("coverage"), "key", "items")).containsEntry("SUBMITTED", 1L).containsEntry("PENDING", 1L)
			.containsEntry("OVERDUE", 0L);

		Map<String, JsonNode> days = new HashMap<>();
		d.get("days").forEach(s -> days.put(s.get("stage").asText(), s));
		assertThat(days.get("ASSESSMENT").get("finished").asLong()).isEqualTo(3);
		assertThat(days.get("ASSESSMENT").get("running").asLong()).isEqualTo(1);
		assertThat(days.get("ASSESSMENT").get("averageDays").decimalValue()).isNotNegative();
		assertThat(days.get("TARGET_COMPILATION").get("finished").asLong()).isEqualTo(2);
		assertThat(days.get("MONITORING").get("finished").asLong()).isEqualTo(2);
		assertThat(days.get("EVALUATION").get("finished").asLong()).isEqualTo(1);
		assertThat(days.get("EVALUATION").get("running").asLong()).isEqualTo(1);
		assertThat(days.get("RESULT_APPLICATION").get("running").asLong()).isEqualTo(1);
	}

	@Test
	void eachFigureListsTheItemsItCounted() throws Exception {
		assertThat(itemsBehind("perf", "STAGE", "ASSESSMENT")).containsExactly(this.waiting);
		assertThat(itemsBehind("perf", "STAGE", "CLOSED")).containsExactly(this.stopped);
		assertThat(itemsBehind("perf", "STAGE", "EVALUATION")).containsExactly(this.suspended);
		assertThat(itemsBehind("perf", "OVERDUE", "edu")).containsExactly(this.waiting);
		assertThat(itemsBehind("perf", "LIGHT", "GREEN")).containsExactlyInAnyOrder(this.suspended, this.applied);
		assertThat(itemsBehind("perf", "GRADE", "EXCELLENT")).containsExactly(this.applied);
		assertThat(itemsBehind("perf", "FUNDS", "SUSPEND")).containsExactly(this.suspended);
		assertThat(itemsBehind("perf", "FUNDS", "RECOVER")).containsExactly(this.suspended);
		assertThat(itemsBehind("perf", "FUNDS", "CUT")).isEmpty();
		assertThat(itemsBehind("perf", "COVERAGE", "SUBMITTED")).containsExactly(this.applied);
		assertThat(itemsBehind("perf", "COVERAGE", "PENDING")).containsExactly(this.suspended);
		assertThat(itemsBehind("perf", "DAYS", "TARGET_COMPILATION")).containsExactlyInAnyOrder(this.suspended, this.applied);
		JsonNode row = this.api.read(this.api.get("perf", "/api/tracking/dashboard/items?fiscalYear=" + YEAR
				+ "&chart=GRADE&key=EXCELLENT")).get("content").get(0);
		assertThat(row.get("departmentName").asText()).isEqualTo("盟教育局");
		assertThat(row.get("stage").asText()).isEqualTo("RESULT_APPLICATION");
	}

	@Test
	void aDepartmentCountsOnlyItsOwnItems() throws Exception {
		JsonNode edu = dashboard("edu");
		assertThat(edu.get("items").asLong()).isEqualTo(3);
		assertThat(counts(edu.get("stages"), "stage", "stopped")).containsEntry("CLOSED", 0L);
		JsonNode health = dashboard("health");
		assertThat(health.get("items").asLong()).isEqualTo(1);
		assertThat(health.get("overdue")).isEmpty();
		assertThat(counts(health.get("lights"), "key", "items")).containsEntry("GREEN", 0L);
		assertThat(itemsBehind("health", "LIGHT", "GREEN")).isEmpty();
		assertThat(itemsBehind("health", "STAGE", "CLOSED")).containsExactly(this.stopped);
		assertThat(itemsBehind("edu", "STAGE", "ASSESSMENT")).containsExactly(this.waiting);
		assertThat(dashboard("audit").get("items").asLong()).isEqualTo(4);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsShownWithoutALogin() throws Exception {
		this.api.get("perf", "/api/tracking/dashboard?fiscalYear=1999")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
		this.api.get("perf", "/api/tracking/dashboard/items?fiscalYear=" + YEAR + "&chart=LIGHT&key=PURPLE")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("key"));
		this.api.get("perf", "/api/tracking/dashboard/items?fiscalYear=" + YEAR + "&chart=PIE&key=GREEN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("chart"));
		this.api.get("perf", "/api/tracking/dashboard/items?fiscalYear=" + YEAR + "&chart=LIGHT&key=GREEN&page=5")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.mvc.perform(get("/api/tracking/dashboard?fiscalYear=" + YEAR)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/tracking/dashboard/items?fiscalYear=" + YEAR + "&chart=LIGHT&key=GREEN"))
			.andExpect(status().isUnauthorized());
	}

}
