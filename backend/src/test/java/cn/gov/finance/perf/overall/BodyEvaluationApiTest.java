package cn.gov.finance.perf.overall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Department-overall and county fiscal-operation evaluations through the API (domain.md §3.4–3.5):
 * the body's self-report per dimension, finance's scores, the grade, and the budget link confirmed
 * by the budget office; and who may see and do what.
 */
@IntegrationTest
class BodyEvaluationApiTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2034;

	@Autowired
	private SliceApi api;

	@Autowired
	private Jobs jobs;

	@Test
	void shouldEvaluateADepartmentAndLinkTheResultToItsBudget() throws Exception {
		this.api.post("edu", "/api/body-evaluations", start("DEPARTMENT", "edu", "80000000")).andExpect(status().isForbidden());
		this.api.post("perf", "/api/body-evaluations", start("DEPARTMENT", "edu-school1", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectCode"));
		JsonNode started = this.api.read(this.api.post("perf", "/api/body-evaluations", start("DEPARTMENT", "edu", "80000000"))
			.andExpect(status().isCreated()));
		assertThat(started.get("rows")).extracting(r -> r.get("label").asText())
			.containsExactly("运行成本", "管理效率", "履职效能", "社会效应", "可持续发展能力", "服务对象满意度");
		assertThat(started.get("rows")).extracting(r -> r.get("weight").asInt()).containsExactly(15, 15, 25, 20, 15, 10);
		this.api.post("perf", "/api/body-evaluations", start("DEPARTMENT", "edu", "1")).andExpect(status().isConflict());
		long id = started.get("id").asLong();

		// The department reports; a score above its weight names the row.
		String report = taskOf("edu", "盟教育局", "Task_SelfReport");
		JsonNode task = this.api.read(this.api.get("edu", "/api/tasks?size=100&sort=CREATED&direction=DESC")).get("content");
		assertThat(task.findValuesAsText("subject")).contains("盟教育局 · " + YEAR + " 年度部门整体绩效评价");
		this.api.post("edu", "/api/tasks/" + report + "/body-evaluation-self-report", selfReport(16, 14, 23, 18, 13, 9))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rows[0].score"));
		this.api.post("edu", "/api/tasks/" + report + "/body-evaluation-self-report", selfReport(15, 14, 23, 18, 13, 9))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINANCE_SCORING"));

		// Others see nothing of it; finance returns it once, then scores: 89 → 良 → normal budget.
		this.api.get("health", "/api/body-evaluations/" + id).andExpect(status().isForbidden());
		assertThat(this.api.read(this.api.get("health", "/api/body-evaluations?fiscalYear=" + YEAR))).isEmpty();
		this.api.post("perf", "/api/tasks/" + taskOf("perf", "盟教育局", "Task_FinanceScore") + "/body-evaluation-finance-score",
				Map.of("decision", "RETURN", "opinion", "请补充履职效能佐证材料。")).andExpect(status().isOk());
		this.api.post("edu", "/api/tasks/" + taskOf("edu", "盟教育局", "Task_SelfReport") + "/body-evaluation-self-report",
				selfReport(15, 14, 24, 18, 13, 9)).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + taskOf("perf", "盟教育局", "Task_FinanceScore") + "/body-evaluation-finance-score",
				Map.of("decision", "SCORE", "scores", List.of(14, 13, 22, 18, 13, 9), "opinion", "同意。"))
			.andExpect(status().isOk());
		JsonNode graded = this.api.read(this.api.get("edu", "/api/body-evaluations/" + id));
		assertThat(graded.get("totalScore").decimalValue()).isEqualByComparingTo("89");
		assertThat(graded.get("grade").asText()).isEqualTo("GOOD");
		assertThat(graded.get("linkageAction").asText()).isEqualTo("NORMAL");
		assertThat(graded.get("proposedAmount").decimalValue()).isEqualByComparingTo("80000000");

		this.api.post("budget", "/api/tasks/" + taskOf("budget", "盟教育局", "Task_ConfirmLinkage") + "/body-evaluation-linkage",
				Map.of("confirmedAmount", "80000000", "opinion", "按建议安排。")).andExpect(status().isOk());
		JsonNode closed = this.api.read(this.api.get("audit", "/api/body-evaluations/" + id));
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("decisions")).extracting(d -> d.get("step").asText() + ":" + d.get("decision").asText())
			.containsExactly("SELF_REPORT:REPORTED", "FINANCE_SCORE:RETURN", "SELF_REPORT:REPORTED", "FINANCE_SCORE:SCORE",
					"LINKAGE:CONFIRMED");
	}

	@Test
	void shouldEvaluateACountyAndLinkAPoorResultToItsTransferPayments() throws Exception {
		this.api.post("perf", "/api/body-evaluations", start("COUNTY", "152502", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("baseAmount"));
		this.api.post("perf", "/api/body-evaluations", start("COUNTY", "152522", "1000"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("subjectCode"));
		long id = this.api.read(this.api.post("perf", "/api/body-evaluations", start("COUNTY", "152502", "120000000"))
			.andExpect(status().isCreated())).get("id").asLong();

		this.api.post("xlht-fin", "/api/tasks/" + taskOf("xlht-fin", "锡林浩特市", "Task_SelfReport") + "/body-evaluation-self-report",
				selfReport(15, 15, 12, 10, 8)).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + taskOf("perf", "锡林浩特市", "Task_FinanceScore") + "/body-evaluation-finance-score",
				Map.of("decision", "SCORE", "scores", List.of(12, 13, 10, 8, 6.99), "opinion", "债务风险较高。"))
			.andExpect(status().isOk());

		JsonNode graded = this.api.read(this.api.get("xlht-fin", "/api/body-evaluations/" + id));
		assertThat(graded.get("subjectName").asText()).isEqualTo("锡林浩特市");
		assertThat(graded.get("totalScore").decimalValue()).isEqualByComparingTo("49.99");
		assertThat(graded.get("grade").asText()).isEqualTo("POOR");
		assertThat(graded.get("linkageAction").asText()).isEqualTo("DEDUCT");
		assertThat(graded.get("proposedAmount").decimalValue()).isEqualByComparingTo("114000000");
	}

	@Test
	void shouldLetFinanceRecordHowItChasedAnOverdueSelfReport() throws Exception {
		long id = this.api.read(this.api.post("perf", "/api/body-evaluations", start("DEPARTMENT", "health", "50000000"))
			.andExpect(status().isCreated())).get("id").asLong();
		this.jobs.run("BE-DEPARTMENT-" + YEAR + "-health", "Timer_SelfReportOverdue");

		JsonNode chased = this.api.read(this.api.post("perf",
				"/api/tasks/" + taskOf("perf", "盟卫生健康委员会", "Task_ChaseSelfReport") + "/body-evaluation-chase",
				Map.of("note", "已电话督促，三日内报送。"))
			.andExpect(status().isOk()));
		assertThat(chased.get("id").asLong()).isEqualTo(id);
		assertThat(chased.get("selfReportOverdue").asBoolean()).isTrue();
		assertThat(chased.get("rows")).hasSize(6);
		assertThat(chased.get("decisions")).extracting(d -> d.get("step").asText() + ":" + d.get("decision").asText())
			.containsExactly("CHASE:CHASED");
	}

	/** The user's open task of this kind about the subject (by name) in this test's year. */
	private String taskOf(String user, String subject, String key) throws Exception {
		return this.api.taskAbout(user, subject + " · " + YEAR, key);
	}

	private Map<String, Object> start(String kind, String subject, String base) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("fiscalYear", YEAR);
		body.put("subjectCode", subject);
		body.put("selfReportDue", this.clock.today().plusDays(30).toString());
		body.put("baseAmount", base);
		return body;
	}

	private static Map<String, Object> selfReport(Number... scores) {
		return Map.of("rows", java.util.Arrays.stream(scores).map(s -> Map.of("score", s, "note", "见佐证材料")).toList(),
				"summary", "年度整体绩效目标基本完成。");
	}

}
