package cn.gov.finance.perf.tracking;

import static cn.gov.finance.perf.SliceApi.budgetApproval;
import static cn.gov.finance.perf.SliceApi.financeReview;
import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The campaign board's counts on a known data set of fiscal year {@value #YEAR} (no other test uses
 * it): one item waiting in the assessment, one stopped at the assessment gate, one in target
 * compilation, one stopped at the target gate (差), one stopped at the budget gate, one in monitoring.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardApiTest {

	static final int YEAR = 2051;

	@Autowired
	private SliceApi api;

	private String inAssessment;

	private String notSupported;

	private String inTargets;

	private String targetPoor;

	private String budgetRejected;

	private String inMonitoring;

	@BeforeAll
	void dataSet() throws Exception {
		this.inAssessment = propose();
		this.notSupported = propose();
		assess(this.notSupported, "NOT_SUPPORTED");
		this.inTargets = supported();
		this.targetPoor = supported();
		submitTargets(this.targetPoor);
		grade(this.targetPoor, "POOR");
		this.budgetRejected = supported();
		submitTargets(this.budgetRejected);
		grade(this.budgetRejected, "EXCELLENT");
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", this.budgetRejected) + "/budget-approval",
				budgetApproval("REJECT", null)).andExpect(status().isCreated());
		this.inMonitoring = supported();
		submitTargets(this.inMonitoring);
		grade(this.inMonitoring, "GOOD");
		submitTargets(this.inMonitoring);
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", this.inMonitoring) + "/budget-approval",
				budgetApproval("APPROVE", "900000.00")).andExpect(status().isCreated());
	}

	@Test
	void shouldCountEveryColumnByStateIncludingItemsStoppedAtEachGate() throws Exception {
		JsonNode board = board("perf", "");
		assertThat(board.get("totalElements").asLong()).isEqualTo(6);
		JsonNode counts = board.get("counts");
		assertThat(counts.get("total").asLong()).isEqualTo(6);
		assertThat(column(counts, "ASSESSMENT")).isEqualTo(List.of(0L, 1L, 4L, 1L));
		assertThat(column(counts, "TARGET_COMPILATION")).isEqualTo(List.of(2L, 1L, 1L, 2L));
		assertThat(column(counts, "MONITORING")).isEqualTo(List.of(5L, 1L, 0L, 0L));
		assertThat(column(counts, "EVALUATION")).isEqualTo(List.of(6L, 0L, 0L, 0L));
		assertThat(column(counts, "RESULT_APPLICATION")).isEqualTo(List.of(6L, 0L, 0L, 0L));
	}

	@Test
	void shouldShowTheCurrentStepWithItsHolderAndTheOutcomesOfDoneStages() throws Exception {
		JsonNode row = row(board("perf", "&q=" + this.inAssessment));
		JsonNode assessment = row.get("cells").get(0);
		assertThat(assessment.get("state").asText()).isEqualTo("IN_PROGRESS");
		JsonNode step = assessment.get("steps").get(0);
		assertThat(step.get("holder").asText()).doesNotStartWith("org-");
		assertThat(step.get("name").asText()).isNotBlank();
		assertThat(row.get("openTaskIds")).hasSize(1);
		assertThat(row.get("openTaskIds").get(0).asText()).isEqualTo(step.get("taskId").asText());

		JsonNode monitored = row(board("perf", "&q=" + this.inMonitoring));
		assertThat(monitored.get("cells").get(0).get("outcome").asText()).isEqualTo("SUPPORTED");
		assertThat(monitored.get("cells").get(1).get("state").asText()).isEqualTo("DONE");
		assertThat(monitored.get("cells").get(1).get("outcome").asText()).isEqualTo("GOOD");
		assertThat(monitored.get("cells").get(2).get("state").asText()).isEqualTo("IN_PROGRESS");
		assertThat(monitored.get("amount").decimalValue()).isEqualByComparingTo("900000.00");
	}

	@Test
	void shouldOpenTheItemsBehindACountWithTheReasonTheyStopped() throws Exception {
		JsonNode board = board("perf", "&column=TARGET_COMPILATION&state=STOPPED");
		assertThat(codes(board)).containsExactlyInAnyOrder(this.targetPoor, this.budgetRejected);
		assertThat(board.get("counts").get("total").asLong()).isEqualTo(6);
		for (JsonNode row : board.get("content")) {
			JsonNode target = row.get("cells").get(1);
			assertThat(target.get("state").asText()).isEqualTo("STOPPED");
			assertThat(target.get("reason").asText()).isNotBlank();
			assertThat(row.get("cells").get(0).get("state").asText()).isEqualTo("DONE");
			assertThat(row.get("cells").get(2).get("state").asText()).isEqualTo("NOT_STARTED");
		}
		JsonNode poor = row(board("perf", "&q=" + this.targetPoor));
		assertThat(poor.get("cells").get(1).get("outcome").asText()).isEqualTo("POOR");

		JsonNode gate = board("perf", "&column=ASSESSMENT&state=STOPPED");
		assertThat(codes(gate)).containsExactly(this.notSupported);
		assertThat(gate.get("content").get(0).get("cells").get(0).get("outcome").asText()).isEqualTo("NOT_SUPPORTED");
		assertThat(gate.get("content").get(0).get("cells").get(0).get("reason").asText()).contains("不得安排预算");
	}

	@Test
	void shouldFilterByStageHolderAndKindAndPageOnTheServer() throws Exception {
		assertThat(codes(board("perf", "&stage=TARGET_COMPILATION"))).containsExactly(this.inTargets);
		assertThat(codes(board("perf", "&holder=budget"))).isEmpty();
		assertThat(codes(board("perf", "&holder=finance-budget"))).isEmpty();
		assertThat(codes(board("perf", "&holder=org-edu"))).contains(this.inAssessment, this.inTargets);
		assertThat(codes(board("perf", "&kind=POLICY"))).isEmpty();
		assertThat(codes(board("perf", "&overdue=true"))).isEmpty();
		JsonNode page = board("perf", "&size=4&page=1&sort=CODE&direction=desc");
		assertThat(page.get("totalElements").asLong()).isEqualTo(6);
		assertThat(page.get("content")).hasSize(2);
	}

	@Test
	void shouldShowADepartmentOnlyItsOwnItemsAndRefuseOthers() throws Exception {
		assertThat(board("edu", "").get("totalElements").asLong()).isEqualTo(6);
		assertThat(board("health", "").get("totalElements").asLong()).isZero();
		assertThat(board("health", "").get("counts").get("total").asLong()).isZero();
		this.api.get("expert", "/api/tracking/board?fiscalYear=" + YEAR).andExpect(status().isForbidden());
		this.api.get("perf", "/api/tracking/board?fiscalYear=" + YEAR + "&column=ASSESSMENT")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.api.get("perf", "/api/tracking/board?fiscalYear=" + YEAR + "&kind=NOPE")
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldUrgeTheHoldersOfTheSelectedItemsWithTheOpenTaskIdsTheBoardCarries() throws Exception {
		JsonNode row = row(board("perf", "&q=" + this.inTargets));
		List<String> taskIds = new ArrayList<>();
		row.get("openTaskIds").forEach(id -> taskIds.add(id.asText()));
		assertThat(taskIds).isNotEmpty();
		JsonNode results = this.api.read(this.api.post("perf", "/api/tasks/urges",
				Map.of("taskIds", taskIds, "note", "请尽快填报绩效目标")).andExpect(status().isOk()));
		assertThat(results.findValuesAsText("outcome")).containsOnly("URGED");
		assertThat(results.findValuesAsText("taskId")).containsExactlyInAnyOrderElementsOf(taskIds);
	}

	@Test
	void shouldPageTheCoverageAndTheMonitoringOverviewWithATotal() throws Exception {
		JsonNode coverage = this.api.read(this.api.get("perf", "/api/evaluations/coverage?fiscalYear=" + YEAR + "&size=1")
			.andExpect(status().isOk()));
		assertThat(coverage.get("funded").asLong()).isEqualTo(1);
		assertThat(coverage.get("totalElements").asLong()).isEqualTo(1);
		assertThat(coverage.get("items")).hasSize(1);
		assertThat(coverage.get("items").get(0).get("itemCode").asText()).isEqualTo(this.inMonitoring);
		assertThat(this.api.read(this.api.get("perf", "/api/evaluations/coverage?fiscalYear=" + YEAR + "&page=1&size=1"))
			.get("items")).isEmpty();
		JsonNode overview = this.api.read(this.api.get("perf", "/api/monitoring-reports?fiscalYear=" + YEAR + "&size=1")
			.andExpect(status().isOk()));
		assertThat(overview.get("totalElements").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(overview.get("size").asInt()).isEqualTo(1);
		this.api.get("perf", "/api/monitoring-reports?size=0").andExpect(status().isBadRequest());
	}

	private JsonNode board(String user, String filters) throws Exception {
		return this.api.read(this.api.get(user, "/api/tracking/board?fiscalYear=" + YEAR + filters).andExpect(status().isOk()));
	}

	private static JsonNode row(JsonNode board) {
		assertThat(board.get("content")).hasSize(1);
		return board.get("content").get(0);
	}

	private static List<String> codes(JsonNode board) {
		List<String> codes = new ArrayList<>();
		board.get("content").forEach(row -> codes.add(row.get("code").asText()));
		return codes;
	}

	private static List<Long> column(JsonNode counts, String column) {
		for (JsonNode c : counts.get("columns")) {
			if (c.get("column").asText().equals(column)) {
				return List.of(c.get("notStarted").asLong(), c.get("inProgress").asLong(), c.get("done").asLong(),
						c.get("stopped").asLong());
			}
		}
		throw new AssertionError("no column " + column);
	}

	private String propose() throws Exception {
		Map<String, Object> body = new HashMap<>(SliceApi.proposal("edu", null, false));
		body.put("fiscalYear", YEAR);
		return this.api.propose("edu", body);
	}

	private void assess(String code, String decision) throws Exception {
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment",
				SliceApi.assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review",
				SliceApi.review(decision)).andExpect(status().isCreated());
	}

	private String supported() throws Exception {
		String code = propose();
		assess(code, "SUPPORTED");
		return code;
	}

	private void submitTargets(String code) throws Exception {
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
	}

	private void grade(String code, String grade) throws Exception {
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/target-finance-review", financeReview(grade))
			.andExpect(status().isCreated());
	}

}
