package cn.gov.finance.perf.evaluation;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Self-evaluation and result application through the API, and one item driven through the whole
 * chain: proposal → assessment → targets and budget → monitoring → self-evaluation → result applied
 * (domain.md §3.4–3.5, §5 examples 2, 5, 11, 12, 13).
 */
@IntegrationTest
class EvaluationApiTest {

	@Autowired
	private AppClock clock;

	@Autowired
	private SliceApi api;

	@Autowired
	private MonitoringFixtures fixtures;

	@Autowired
	private Jobs jobs;

	@Test
	void shouldDriveOneItemThroughTheWholeChainToAppliedResult() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", "edu-school1", false), "edu-unit");
		String fill = this.api.taskWithKey("edu-unit", code, "Task_FillSelfEvaluation");
		JsonNode sheet = this.api.read(this.api.get("edu-unit", "/api/tasks/" + fill + "/self-evaluation"));
		assertThat(sheet.get("rows")).hasSize(5);
		assertThat(sheet.get("budgetAmount").decimalValue()).isEqualByComparingTo("1000000");

		this.api.post("edu-unit", "/api/tasks/" + fill + "/self-evaluation/preview", SliceApi.selfEvaluation())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(95.97))
			.andExpect(jsonPath("$.grade").value("EXCELLENT"))
			.andExpect(jsonPath("$.rows[1]").value(9.47));
		this.api.post("edu-unit", "/api/tasks/" + fill + "/self-evaluation", SliceApi.selfEvaluation())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalScore").value(95.97))
			.andExpect(jsonPath("$.executionScore").value(9.5));
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/self-evaluation-department-review",
				Map.of("decision", "PASS", "opinion", "同意报送。")).andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/self-evaluation-recheck",
				Map.of("decision", "ACCEPT", "reason", "复核无误。")).andExpect(status().isCreated());

		JsonNode evaluation = this.api.read(this.api.get("edu", "/api/items/" + code + "/self-evaluation")).get(0);
		assertThat(evaluation.get("status").asText()).isEqualTo("FIXED");
		assertThat(evaluation.get("grade").asText()).isEqualTo("EXCELLENT");
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("RESULT_APPLICATION");

		// Example 12: feedback due in 20 days, then a rectification plan due 30 days after it.
		JsonNode application = application(code);
		LocalDate today = this.clock.today();
		assertThat(application.get("feedbackDue").asText()).isEqualTo(today.plusDays(20).toString());
		assertThat(application.get("linkageAction").asText()).isEqualTo("PRIORITY");
		assertThat(application.get("proposedAmount").decimalValue()).isEqualByComparingTo("1000000");
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_SendFeedback") + "/result-feedback",
				Map.of("feedback", "评价结果为优，请继续保持并完善长效机制。")).andExpect(status().isOk())
			.andExpect(jsonPath("$.planDue").value(today.plusDays(30).toString()));
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_RectificationPlan") + "/rectification-plan",
				Map.of("items", List.of(item("台账不完整", "补齐资产台账"), item("验收资料缺失", "补充验收资料"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rectifications.length()").value(2));
		String close = this.api.taskWithKey("edu", code, "Task_CloseRectification");
		this.api.post("edu", "/api/tasks/" + close + "/rectification-closure",
				Map.of("items", List.of(Map.of("closed", true, "evidence", "已补齐"), Map.of("closed", false))))
			.andExpect(status().isOk());
		String verify = this.api.taskWithKey("perf", code, "Task_VerifyClosure");
		this.api.post("perf", "/api/tasks/" + verify + "/closure-verification", Map.of("verdict", "CLOSED", "opinion", "x"))
			.andExpect(status().isUnprocessableEntity());
		this.api.post("perf", "/api/tasks/" + verify + "/closure-verification",
				Map.of("verdict", "REOPEN", "opinion", "第2项未完成，继续整改。")).andExpect(status().isOk());
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_CloseRectification") + "/rectification-closure",
				Map.of("items", List.of(Map.of("closed", true, "evidence", "已补齐"), Map.of("closed", true, "evidence", "已补充"))))
			.andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_VerifyClosure") + "/closure-verification",
				Map.of("verdict", "CLOSED", "opinion", "全部销号。")).andExpect(status().isOk());
		this.api.post("budget", "/api/tasks/" + this.api.taskWithKey("budget", code, "Task_ConfirmLinkage") + "/budget-linkage",
				Map.of("confirmedAmount", "1000000", "opinion", "优先保障。")).andExpect(status().isOk());

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(item.get("stage").asText()).isEqualTo("CLOSED");
		JsonNode applied = application(code);
		assertThat(applied.get("closedAt").isNull()).isFalse();
		assertThat(applied.get("confirmedAmount").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(applied.get("rectifications").findValuesAsText("status")).containsOnly("CLOSED");
	}

	@Test
	void shouldRejectQualitativeScoresOutsideTheirBandAndUnexplainedOvershoot() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu");
		String fill = this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation");
		Map<String, Object> form = SliceApi.selfEvaluation();
		List<Map<String, Object>> rows = rows(form);
		rows.set(0, Map.of("actualValue", 6600));
		rows.set(3, Map.of("achievement", "PARTLY", "score", 24));

		this.api.post("edu", "/api/tasks/" + fill + "/self-evaluation", form)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'rows[0].explanation')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'rows[3].score')].message").value("该档次的得分应在 18 至不足 24 之间"));
		JsonNode preview = this.api.read(this.api.post("edu", "/api/tasks/" + fill + "/self-evaluation/preview", form));
		assertThat(preview.get("problems").findValuesAsText("field")).contains("rows[3].score");
		// The preview's problems read as the submit's do: a code and the text in the reader's language.
		assertThat(preview.get("problems").findValuesAsText("code")).contains("evaluation.scoreBandBelow");
		assertThat(preview.get("problems").findValuesAsText("message")).contains("该档次的得分应在 18 至不足 24 之间");

		rows.set(0, Map.of("actualValue", 6600, "explanation", "受益范围扩大至周边苏木"));
		rows.set(3, Map.of("achievement", "PARTLY", "score", 22.5));
		this.api.post("edu", "/api/tasks/" + fill + "/self-evaluation", form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalScore").value(91.47));
	}

	@Test
	void shouldProposeCancellingNextYearsBudgetWhenFinanceRechecksTheResultToCha() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu");
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation") + "/self-evaluation", SliceApi.selfEvaluation())
			.andExpect(status().isOk());
		String recheck = this.api.taskOf("perf", code);
		this.api.post("perf", "/api/tasks/" + recheck + "/self-evaluation-recheck",
				Map.of("decision", "CHANGE", "reason", "x", "scores", List.of(10, 5, 5, 10, 50)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[4]"));

		this.api.post("perf", "/api/tasks/" + recheck + "/self-evaluation-recheck",
				Map.of("decision", "CHANGE", "reason", "实地核查发现数据不实，调减得分。", "scores", List.of(10, 5, 5, 10, 5)))
			.andExpect(status().isCreated());

		JsonNode evaluation = this.api.read(this.api.get("perf", "/api/items/" + code + "/self-evaluation")).get(0);
		assertThat(evaluation.get("totalScore").decimalValue()).isEqualByComparingTo("44.50");
		assertThat(evaluation.get("grade").asText()).isEqualTo("POOR");
		assertThat(evaluation.get("recheckReason").asText()).contains("数据不实");
		JsonNode application = application(code);
		assertThat(application.get("linkageAction").asText()).isEqualTo("CANCEL");
		assertThat(application.get("proposedAmount").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void shouldListEveryFundedItemAsSubmittedOrMissingWithItsOwner() throws Exception {
		String submitted = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu");
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", submitted, "Task_FillSelfEvaluation") + "/self-evaluation",
				SliceApi.selfEvaluation()).andExpect(status().isOk());
		String late = this.fixtures.evaluatedProject(proposal("edu", "edu-school1", false), "edu-unit");
		this.jobs.run(late, "Timer_SelfEvaluationOverdue");

		JsonNode coverage = this.api.read(this.api.get("perf", "/api/evaluations/coverage?size=500&fiscalYear=" + MonitoringFixtures.YEAR));
		JsonNode lateRow = row(coverage, late);
		assertThat(lateRow.get("missing").asBoolean()).isTrue();
		assertThat(lateRow.get("ownerName").asText()).isEqualTo("盟第一中学");
		assertThat(row(coverage, submitted).get("submitted").asBoolean()).isTrue();
		assertThat(coverage.get("missing").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(this.api.read(this.api.get("health", "/api/evaluations/coverage?size=500&fiscalYear=" + MonitoringFixtures.YEAR))
			.get("items").findValuesAsText("itemCode")).doesNotContain(late, submitted);
		assertThat(this.api.taskWithKey("edu", late, "Task_ChaseSelfEvaluation")).isNotNull();
	}

	@Test
	void shouldLetTheDepartmentHeadRecordHowAnOverdueSelfEvaluationWasChased() throws Exception {
		String late = this.fixtures.evaluatedProject(proposal("edu", "edu-school1", false), "edu-unit");
		this.jobs.run(late, "Timer_SelfEvaluationOverdue");

		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", late, "Task_ChaseSelfEvaluation") + "/self-evaluation-chase",
				Map.of("note", "已约谈一中校长，限三日内完成自评。"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.step").value("CHASE"))
			.andExpect(jsonPath("$.decision").value("CHASED"))
			.andExpect(jsonPath("$.decidedBy").value("edu"));
		JsonNode evaluation = this.api.read(this.api.get("edu", "/api/items/" + late + "/self-evaluation")).get(0);
		assertThat(evaluation.get("overdue").asBoolean()).isTrue();
		assertThat(evaluation.get("decisions")).extracting(d -> d.get("step").asText()).containsExactly("CHASE");
	}

	@Test
	void shouldLetThePerformanceOfficeSetTheSelfEvaluationWindowOfAYear() throws Exception {
		Map<String, Object> window = Map.of("fiscalYear", 2090, "opensOn", "2091-01-10", "dueOn", "2091-03-31");
		this.api.put("edu", "/api/evaluation-windows", window).andExpect(status().isForbidden());
		this.api.put("perf", "/api/evaluation-windows", Map.of("fiscalYear", 2090, "opensOn", "2091-03-31", "dueOn", "2091-01-10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		this.api.put("perf", "/api/evaluation-windows", window)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalYear").value(2090))
			.andExpect(jsonPath("$.opensOn").value("2091-01-10"))
			.andExpect(jsonPath("$.dueOn").value("2091-03-31"));
	}

	@Test
	void shouldAcceptTemplateWeightsAddingUpTo100AndRejectOthersAsExample2() throws Exception {
		this.api.put("perf", "/api/weight-template",
				Map.of("executionWeight", 10, "outputWeight", 50, "benefitWeight", 25, "satisfactionWeight", 10))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weights"))
			.andExpect(jsonPath("$.errors[0].code").value("target.weightsTotal"))
			.andExpect(jsonPath("$.errors[0].message").value("权重合计应为 100，现为 95"));
		this.api.put("edu", "/api/weight-template",
				Map.of("executionWeight", 10, "outputWeight", 50, "benefitWeight", 30, "satisfactionWeight", 10))
			.andExpect(status().isForbidden());
		this.api.put("perf", "/api/weight-template",
				Map.of("executionWeight", 10, "outputWeight", 50, "benefitWeight", 30, "satisfactionWeight", 10))
			.andExpect(status().isOk());
	}

	private static JsonNode row(JsonNode coverage, String code) {
		for (JsonNode row : coverage.get("items")) {
			if (row.get("itemCode").asText().equals(code)) {
				return row;
			}
		}
		throw new AssertionError(code + " not in coverage");
	}

	private JsonNode application(String code) throws Exception {
		return this.api.read(this.api.get("perf", "/api/items/" + code + "/result-application")).get(0);
	}

	private Map<String, Object> item(String issue, String measure) {
		return Map.of("issue", issue, "measure", measure, "deadline", this.clock.today().plusDays(60).toString());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Map<String, Object> form) {
		return (List<Map<String, Object>>) form.get("rows");
	}

}
