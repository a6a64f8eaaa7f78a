package cn.gov.finance.perf.keyevaluation;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.keyevaluation.process.KeyEvaluationProcess;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Key evaluation (重点评价, domain.md §3.4, §5 example 14) through the API: the reproducible draw,
 * the plan with weights and an independent third party, the report with an attachment, expert
 * scoring, approval, and the key result replacing the self-evaluation in the result application.
 * It works on a fiscal year of its own, since a draw covers a whole year.
 */
@IntegrationTest
class KeyEvaluationApiTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2032;

	@Autowired
	private SliceApi api;

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void shouldDrawPlanEvaluateScoreAndApplyKeyEvaluations() throws Exception {
		// A: key-monitored (so major), still self-evaluating when drawn.
		String major = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu", YEAR);
		this.api.put("perf", "/api/items/" + major + "/key-monitoring", Map.of("enabled", true));
		// B: an ordinary item whose self-evaluation was fixed before the draw.
		String sampled = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu", YEAR);
		selfEvaluate(sampled);
		assertThat(application(sampled).get("resultSource").asText()).isEqualTo("SELF");
		assertThat(application(sampled).get("grade").asText()).isEqualTo("EXCELLENT");

		// The draw: all majors plus ceil(rate × others); rate 1 takes every other item.
		this.api.post("edu", "/api/key-evaluations/selections", Map.of("fiscalYear", YEAR)).andExpect(status().isForbidden());
		this.api.post("perf", "/api/key-evaluations/selections", Map.of("fiscalYear", YEAR, "sampleRate", 1.5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sampleRate"));
		this.api.post("perf", "/api/key-evaluations/selections", Map.of("fiscalYear", YEAR, "seed", 1L << 60))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("seed"));
		JsonNode selection = this.api.read(this.api
			.post("perf", "/api/key-evaluations/selections", Map.of("fiscalYear", YEAR, "sampleRate", 1, "seed", 20321))
			.andExpect(status().isCreated()));
		assertThat(selection.get("seed").asLong()).isEqualTo(20321);
		assertThat(selection.get("majorCount").asInt()).isEqualTo(1);
		assertThat(selection.get("sampledCount").asInt()).isEqualTo(selection.get("candidates").asInt() - 1);
		assertThat(selection.get("reproducible").asBoolean()).isTrue();
		assertThat(reason(selection, major)).isEqualTo("MAJOR");
		assertThat(reason(selection, sampled)).isEqualTo("SAMPLED");
		this.api.post("perf", "/api/key-evaluations/selections", Map.of("fiscalYear", YEAR))
			.andExpect(status().isConflict());
		this.api.get("audit", "/api/key-evaluations/selections/" + YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reproducible").value(true));
		this.api.get("edu", "/api/key-evaluations/selections/" + YEAR).andExpect(status().isForbidden());

		// A enters its key evaluation when finance has re-checked its self-evaluation.
		assertThat(keyStatus(major)).isEqualTo("SELECTED");
		selfEvaluate(major);
		assertThat(keyStatus(major)).isEqualTo("PLANNING");
		assertThat(this.api.item("edu", major).get("stage").asText()).isEqualTo("EVALUATION");

		// Plan: weights must sum to 100; a third party linked to the department is refused (example 14).
		String plan = this.api.taskWithKey("perf", major, KeyEvaluationProcess.TASK_PLAN);
		this.api.post("perf", "/api/tasks/" + plan + "/key-evaluation-plan", plan(30, "tp-zhengxin", List.of("expert")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weights"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("95")));
		this.api.post("perf", "/api/tasks/" + plan + "/key-evaluation-plan", plan(35, "tp-hengda", List.of("expert")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("thirdPartyCode"));
		this.api.post("perf", "/api/tasks/" + plan + "/key-evaluation-plan", plan(35, "tp-zhengxin", List.of("edu")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("experts[0]"));
		assertThat(keyStatus(major)).isEqualTo("PLANNING");
		this.api.post("perf", "/api/tasks/" + plan + "/key-evaluation-plan", plan(35, "tp-zhengxin", List.of("expert")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.thirdPartyName").value("正信绩效评价咨询有限公司"));

		// The third party reports, with a working paper attached.
		String report = this.api.taskWithKey("thirdparty", major, KeyEvaluationProcess.TASK_REPORT);
		byte[] paper = "评价工作底稿".getBytes(StandardCharsets.UTF_8);
		JsonNode attachment = this.api.read(this.api
			.upload("thirdparty", "/api/tasks/" + report + "/key-evaluation/attachments", "工作底稿.pdf", paper)
			.andExpect(status().isCreated()));
		this.api.upload("thirdparty", "/api/tasks/" + report + "/key-evaluation/attachments", "empty.pdf", new byte[0])
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		String draft = this.api.read(this.api
			.upload("thirdparty", "/api/tasks/" + report + "/key-evaluation/attachments", "草稿.pdf", paper)
			.andExpect(status().isCreated())).get("id").asText();
		this.api.delete("thirdparty", "/api/tasks/" + report + "/key-evaluation/attachments/" + draft)
			.andExpect(status().isNoContent());
		this.api.get("thirdparty", "/api/tasks/" + report + "/key-evaluation")
			.andExpect(jsonPath("$.attachments[*].fileName").value(org.hamcrest.Matchers.contains("工作底稿.pdf")));
		this.api.post("thirdparty", "/api/tasks/" + report + "/key-evaluation-report", report(16, 13, 30, 30))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.decision"));
		this.api.post("thirdparty", "/api/tasks/" + report + "/key-evaluation-report", report(14, 13, 30, 30))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPERT_REVIEW"));

		// The expert scores on a task of their own; nobody else may; they see only their own scores.
		String expertTask = this.api.taskWithKey("expert", major, KeyEvaluationProcess.TASK_EXPERT);
		this.api.post("perf", "/api/tasks/" + expertTask + "/key-evaluation-expert-score", expertScore(12, 13, 31, 32))
			.andExpect(status().isForbidden());
		this.api.get("expert", "/api/tasks/" + expertTask + "/key-evaluation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores").isEmpty())
			.andExpect(jsonPath("$.report").value("评价报告正文"));
		this.api.get("expert", "/api/items/" + major + "/key-evaluation/attachments/" + attachment.get("id").asText())
			.andExpect(status().isOk())
			.andExpect(content().bytes(paper));
		this.api.post("expert", "/api/tasks/" + expertTask + "/key-evaluation-expert-score", expertScore(12, 13, 31, 32))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVING"));

		// Finance approves the experts' result: 88 → 良, which replaces the self-evaluation's 优.
		String approve = this.api.taskWithKey("perf", major, KeyEvaluationProcess.TASK_APPROVE);
		this.api.get("perf", "/api/tasks/" + approve + "/key-evaluation")
			.andExpect(jsonPath("$.proposedScores.total").value(88.0))
			.andExpect(jsonPath("$.scores.length()").value(2));
		this.api.post("perf", "/api/tasks/" + approve + "/key-evaluation-approval",
				Map.of("decision", "APPROVE", "opinion", "同意专家评审意见。")).andExpect(status().isOk());
		JsonNode approved = this.api.read(this.api.get("edu", "/api/items/" + major + "/key-evaluation")).get(0);
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("totalScore").decimalValue()).isEqualByComparingTo("88");
		assertThat(approved.get("grade").asText()).isEqualTo("GOOD");
		JsonNode applied = application(major);
		assertThat(applied.get("resultSource").asText()).isEqualTo("KEY");
		assertThat(applied.get("grade").asText()).isEqualTo("GOOD");
		assertThat(applied.get("linkageAction").asText()).isEqualTo("NORMAL");
		assertThat(this.api.item("edu", major).get("stage").asText()).isEqualTo("RESULT_APPLICATION");
		this.api.get("health", "/api/items/" + major + "/key-evaluation/attachments/" + attachment.get("id").asText())
			.andExpect(status().isForbidden());

		// B was evaluated on its own by finance, without experts; returned once, then approved at 55 → 差.
		assertThat(keyStatus(sampled)).isEqualTo("PLANNING");
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", sampled, KeyEvaluationProcess.TASK_PLAN)
				+ "/key-evaluation-plan", plan(35, null, List.of())).andExpect(status().isOk());
		String financeReport = this.api.taskWithKey("perf", sampled, KeyEvaluationProcess.TASK_REPORT);
		this.api.post("perf", "/api/tasks/" + financeReport + "/key-evaluation-report", report(10, 10, 20, 20))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVING"));
		// Whoever submitted the report cannot approve it (separation of duties); another officer does.
		String approval = this.api.taskWithKey("perf", sampled, KeyEvaluationProcess.TASK_APPROVE);
		this.api.post("perf", "/api/tasks/" + approval + "/key-evaluation-approval",
				Map.of("decision", "APPROVE", "opinion", "同意。"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value(org.hamcrest.Matchers.containsString("评价报告"))).andExpect(jsonPath("$.params[0].code").value("separation.keyevaluation.approve"));
		this.api.post("perf2", "/api/tasks/" + approval + "/key-evaluation-approval",
				Map.of("decision", "RETURN", "opinion", "效益部分证据不足。"))
			.andExpect(status().isOk());
		assertThat(keyStatus(sampled)).isEqualTo("EVALUATING");
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", sampled, KeyEvaluationProcess.TASK_REPORT)
				+ "/key-evaluation-report", report(10, 10, 20, 15)).andExpect(status().isOk());
		this.api.post("perf2", "/api/tasks/" + this.api.taskWithKey("perf2", sampled, KeyEvaluationProcess.TASK_APPROVE)
				+ "/key-evaluation-approval", Map.of("decision", "APPROVE", "opinion", "同意。")).andExpect(status().isOk());
		JsonNode regraded = application(sampled);
		assertThat(regraded.get("resultSource").asText()).isEqualTo("KEY");
		assertThat(regraded.get("grade").asText()).isEqualTo("POOR");
		assertThat(regraded.get("totalScore").decimalValue()).isEqualByComparingTo("55");
		assertThat(regraded.get("linkageAction").asText()).isEqualTo("CANCEL");
		assertThat(regraded.get("proposedAmount").decimalValue()).isEqualByComparingTo("0");
		JsonNode decisions = this.api.read(this.api.get("perf", "/api/items/" + sampled + "/key-evaluation")).get(0)
			.get("decisions");
		assertThat(decisions).extracting(d -> d.get("step").asText() + ":" + d.get("decision").asText())
			.containsExactly("PLAN:FINANCE", "REPORT:REPORTED", "APPROVAL:RETURN", "REPORT:REPORTED", "APPROVAL:APPROVE");
	}

	private void selfEvaluate(String code) throws Exception {
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation") + "/self-evaluation",
				SliceApi.selfEvaluation()).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_FinanceRecheck")
				+ "/self-evaluation-recheck", Map.of("decision", "ACCEPT", "reason", "复核无误。")).andExpect(status().isCreated());
	}

	private JsonNode application(String code) throws Exception {
		return this.api.read(this.api.get("edu", "/api/items/" + code + "/result-application").andExpect(status().isOk()))
			.get(0);
	}

	private String keyStatus(String code) throws Exception {
		return this.api.read(this.api.get("perf", "/api/items/" + code + "/key-evaluation")).get(0).get("status").asText();
	}

	private static String reason(JsonNode selection, String code) {
		for (JsonNode item : selection.get("items")) {
			if (item.get("itemCode").asText().equals(code)) {
				return item.get("reason").asText();
			}
		}
		throw new AssertionError(code + " was not drawn");
	}

	private Map<String, Object> plan(int effectWeight, String thirdParty, List<String> experts) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("weights", Map.of("decision", 15, "process", 15, "output", 35, "effect", effectWeight));
		plan.put("thirdPartyCode", thirdParty);
		plan.put("experts", experts);
		plan.put("planNote", "按决策、过程、产出、效益四类一级指标开展评价。");
		plan.put("reportDue", this.clock.today().plusDays(60).toString());
		return plan;
	}

	private static Map<String, Object> report(int decision, int process, int output, int effect) {
		return Map.of("scores", Map.of("decision", decision, "process", process, "output", output, "effect", effect),
				"findings", "资金使用规范，部分产出指标未达预期。", "report", "评价报告正文");
	}

	private static Map<String, Object> expertScore(int decision, int process, int output, int effect) {
		return Map.of("scores", Map.of("decision", decision, "process", process, "output", output, "effect", effect),
				"opinion", "同意评价结论。");
	}

}
