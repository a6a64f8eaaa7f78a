package cn.gov.finance.perf.disclosure;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is published and tracked after evaluation: targets with the budget and results with the
 * final accounts, per department; and the rectification ledger across items, with overdue items.
 */
@IntegrationTest
class DisclosureApiTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2038;

	@Autowired
	private SliceApi api;

	@Autowired
	private MonitoringFixtures fixtures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldPublishTargetsAndResultsPerDepartmentAndTrackTheRectificationLedger() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu", YEAR);
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation") + "/self-evaluation",
				SliceApi.selfEvaluation()).andExpect(status().isOk());
		assertThat(codes(this.api.get("edu", "/api/disclosures/results?fiscalYear=" + YEAR))).doesNotContain(code);
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_FinanceRecheck")
				+ "/self-evaluation-recheck", Map.of("decision", "ACCEPT", "reason", "复核无误。")).andExpect(status().isCreated());

		// Published: the target with the budget, the fixed result with the final accounts; per department.
		assertThat(codes(this.api.get("health", "/api/disclosures/targets?fiscalYear=" + YEAR + "&departmentCode=edu")))
			.contains(code);
		JsonNode result = find(this.api.read(this.api.get("health", "/api/disclosures/results?fiscalYear=" + YEAR)), code);
		assertThat(result.get("grade").asText()).isEqualTo("EXCELLENT");
		assertThat(result.get("totalScore").decimalValue()).isEqualByComparingTo("95.97");
		assertThat(result.get("resultSource").asText()).isEqualTo("SELF");
		assertThat(result.get("departmentName").asText()).isEqualTo("盟教育局");
		assertThat(codes(this.api.get("edu", "/api/disclosures/results?fiscalYear=" + YEAR + "&departmentCode=health")))
			.doesNotContain(code);

		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_SendFeedback") + "/result-feedback",
				Map.of("feedback", "请完善资产管理。")).andExpect(status().isOk());
		String deadline = this.clock.today().plusDays(60).toString();
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_RectificationPlan") + "/rectification-plan",
				Map.of("items", List.of(Map.of("issue", "台账不完整", "measure", "补齐资产台账", "deadline", deadline),
						Map.of("issue", "验收资料缺失", "measure", "补充验收资料", "deadline", deadline))))
			.andExpect(status().isOk());

		List<JsonNode> ledger = rows(this.api.read(this.api.get("edu", "/api/rectifications?fiscalYear=" + YEAR)), code);
		assertThat(ledger).extracting(r -> r.get("issue").asText()).containsExactly("台账不完整", "验收资料缺失");
		assertThat(ledger).allMatch(r -> r.get("status").asText().equals("OPEN") && !r.get("overdue").asBoolean());
		assertThat(rows(this.api.read(this.api.get("health", "/api/rectifications?fiscalYear=" + YEAR)), code)).isEmpty();

		// Past the deadline the open items are overdue; a closed one is not.
		ClockUtil.setCurrentTime(Date.from(this.clock.startOf(this.clock.today().plusDays(61))));
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_CloseRectification") + "/rectification-closure",
				Map.of("items", List.of(Map.of("closed", true, "evidence", "已补齐"), Map.of("closed", false))))
			.andExpect(status().isOk());
		ledger = rows(this.api.read(this.api.get("perf", "/api/rectifications?fiscalYear=" + YEAR)), code);
		assertThat(ledger).extracting(r -> r.get("status").asText() + ":" + r.get("overdue").asBoolean())
			.containsExactly("CLOSED:false", "OPEN:true");
	}

	private List<String> codes(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.api.read(result.andExpect(status().isOk())).findValuesAsText("itemCode");
	}

	private static JsonNode find(JsonNode rows, String code) {
		for (JsonNode row : rows) {
			if (code.equals(row.get("itemCode").asText())) {
				return row;
			}
		}
		throw new AssertionError("no " + code);
	}

	private static List<JsonNode> rows(JsonNode ledger, String code) {
		List<JsonNode> rows = new ArrayList<>();
		ledger.forEach(r -> {
			if (code.equals(r.get("itemCode").asText())) {
				rows.add(r);
			}
		});
		return rows;
	}

}
