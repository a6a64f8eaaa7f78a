package cn.gov.finance.perf.target;

import static cn.gov.finance.perf.SliceApi.budgetApproval;
import static cn.gov.finance.perf.SliceApi.financeReview;
import static cn.gov.finance.perf.SliceApi.numeric;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.qualitative;
import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Target compilation, review, budget approval and adjustment through the API (domain.md §3.2, §5 examples 6–7). */
@IntegrationTest
class TargetApiTest {

	@Autowired
	private SliceApi api;

	@Test
	void shouldApproveBudgetAndTargetInOneStepAndStartMonitoring() throws Exception {
		String code = this.api.supportedProject("edu", "edu-school1");
		assertThat(this.api.item("edu", code).get("libraryEnteredAt").isNull()).isFalse();

		submitTargets("edu-unit", code);
		departmentReview("edu", code, "PASS");
		grade(code, "EXCELLENT");
		approveBudget(code, "1150000.00");

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("stage").asText()).isEqualTo("MONITORING");
		assertThat(item.get("approvedAmount").decimalValue()).isEqualByComparingTo("1150000.00");
		assertThat(item.get("budgetApprovedAt").isNull()).isFalse();
		JsonNode versions = sheets("edu", code);
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).get("status").asText()).isEqualTo("APPROVED");
		assertThat(versions.get(0).get("grade").asText()).isEqualTo("EXCELLENT");
		assertThat(versions.get(0).get("indicators")).hasSize(5);
		assertThat(versions.get(0).get("reviews").findValuesAsText("step")).containsExactly("DEPARTMENT", "FINANCE", "BUDGET");
	}

	@Test
	void shouldNameEveryMissingPartOfAnIncompleteSheetAndKeepTheTaskOpen() throws Exception {
		String code = this.api.supportedProject("edu", null);
		String task = this.api.taskOf("edu", code);
		List<Map<String, Object>> rows = List.of(numeric("OUTPUT", "QUANTITY", "受益人数", "GE", 5000, "人", 40),
				new HashMap<>(Map.of("level1", "OUTPUT", "level2", "SOCIAL", "name", "错挂的指标", "comparator", "GE",
						"unit", "人", "weight", 10)),
				qualitative("BENEFIT", "SOCIAL", "公共服务水平提升", " ", 30));
		Map<String, Object> incomplete = Map.of("overallGoal", " ", "annualGoal", "完成年度任务。", "indicators", rows);

		this.api.post("edu", "/api/tasks/" + task + "/target-sheet", incomplete)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors[?(@.field == 'overallGoal')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[1].level2')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[1].targetValue')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[2].targetText')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators' && @.message =~ /.*满意度指标.*/)]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators' && @.message =~ /.*产出指标权重合计应为 50，现为 50.*/)]").doesNotExist());

		assertThat(this.api.taskOf("edu", code)).isEqualTo(task);
		assertThat(sheets("edu", code).get(0).get("status").asText()).isEqualTo("DRAFT");
		assertThat(sheets("edu", code).get(0).get("indicators")).isEmpty();
	}

	@Test
	void shouldRejectWeightsThatDoNotAddUpToTheTemplate() throws Exception {
		String code = this.api.supportedProject("edu", null);
		Map<String, Object> sheet = new HashMap<>(targetSheet());
		List<Map<String, Object>> rows = new java.util.ArrayList<>((List<Map<String, Object>>) sheet.get("indicators"));
		rows.set(0, numeric("OUTPUT", "QUANTITY", "受益人数", "GE", 5000, "人", 25));
		sheet.put("indicators", rows);

		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/target-sheet", sheet)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators')].message").value("产出指标权重合计应为 50，现为 45"));
	}

	@Test
	void shouldSaveADraftWithoutCompletingTheTask() throws Exception {
		String code = this.api.supportedProject("edu", null);
		String task = this.api.taskOf("edu", code);
		Map<String, Object> draft = Map.of("overallGoal", "草稿", "indicators",
				List.of(numeric("OUTPUT", "QUANTITY", "受益人数", "GE", 10, "人", 5)));

		this.api.put("edu", "/api/tasks/" + task + "/target-sheet", draft).andExpect(status().isOk());

		assertThat(this.api.taskOf("edu", code)).isEqualTo(task);
		JsonNode sheet = this.api.read(this.api.get("edu", "/api/tasks/" + task + "/target-sheet"));
		assertThat(sheet.get("overallGoal").asText()).isEqualTo("草稿");
		assertThat(sheet.get("indicators")).hasSize(1);
	}

	@Test
	void shouldReturnTargetToDepartmentWhenGradedZhongAndReviewItAgain() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);

		grade(code, "FAIR");

		assertThat(this.api.taskKeyOf("edu", code)).isEqualTo("Task_ReviseTargets");
		submitTargets("edu", code);
		assertThat(this.api.taskKeyOf("perf", code)).isEqualTo("Task_FinanceReview");
		grade(code, "EXCELLENT");
		assertThat(this.api.taskKeyOf("budget", code)).isEqualTo("Task_BudgetApproval");
		assertThat(sheets("perf", code).get(0).get("reviews").findValuesAsText("grade")).containsExactly("FAIR", "EXCELLENT");
	}

	@Test
	void shouldStopATargetGradedChaFromEnteringTheBudget() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);

		grade(code, "POOR");

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("status").asText()).isEqualTo("NOT_FUNDED");
		assertThat(item.get("stage").asText()).isEqualTo("CLOSED");
		assertThat(item.get("statusReason").asText()).contains("差");
		assertThat(item.get("approvedAmount")).isNull();
		assertThat(sheets("edu", code).get(0).get("status").asText()).isEqualTo("REJECTED");
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/tasks"))).isEmpty();
	}

	@Test
	void shouldLetTheDepartmentRefineAGoodTargetBeforeTheBudget() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);

		grade(code, "GOOD");

		assertThat(this.api.taskKeyOf("edu", code)).isEqualTo("Task_RefineTargets");
		submitTargets("edu", code);
		assertThat(this.api.taskKeyOf("budget", code)).isEqualTo("Task_BudgetApproval");
	}

	@Test
	void shouldNotFundTheItemWhenTheBudgetOfficeRejects() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);
		grade(code, "EXCELLENT");

		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/budget-approval",
				budgetApproval("REJECT", null)).andExpect(status().isCreated());

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("status").asText()).isEqualTo("NOT_FUNDED");
		assertThat(item.get("statusReason").asText()).contains("预算科意见：REJECT");
	}

	@Test
	void shouldRequireAnAmountToApproveTheBudget() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);
		grade(code, "EXCELLENT");

		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/budget-approval",
				budgetApproval("APPROVE", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("approvedAmount"));
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("TARGET_COMPILATION");
	}

	@Test
	void approvingMoreThanRequestedNeedsAReasonAndRecordsIt() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);
		grade(code, "EXCELLENT");
		String task = this.api.taskOf("budget", code);

		// 1,500,000 against the 1,200,000 requested: refused without a reason, nothing recorded.
		this.api.post("budget", "/api/tasks/" + task + "/budget-approval", budgetApproval("APPROVE", "1500000.00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("overRequestReason"));
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("TARGET_COMPILATION");

		Map<String, Object> body = budgetApproval("APPROVE", "1500000.00");
		body.put("overRequestReason", "纳入盟委专题会议确定的扩面任务");
		this.api.post("budget", "/api/tasks/" + task + "/budget-approval", body).andExpect(status().isCreated());
		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("approvedAmount").decimalValue()).isEqualByComparingTo("1500000.00");
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/target-sheets")).toString())
			.contains("纳入盟委专题会议确定的扩面任务");
	}

	@Test
	void shouldKeepAProjectWithoutSupportedAssessmentOutOfTheLibraryAndTheBudget() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", SliceApi.assessment(8, 9, 7, 8, 9))
			.andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review",
				SliceApi.review("NOT_SUPPORTED")).andExpect(status().isCreated());

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("status").asText()).isEqualTo("NOT_ELIGIBLE");
		assertThat(item.get("libraryEnteredAt")).isNull();
		assertThat(item.get("approvedAmount")).isNull();
		assertThat(sheets("edu", code)).isEmpty();
		assertThat(this.api.read(this.api.get("perf", "/api/disclosures/targets?fiscalYear=2027")).findValuesAsText("itemCode"))
			.doesNotContain(code);
		assertThat(this.api.read(this.api.get("perf", "/api/items?inLibrary=true&size=200")).get("content")
			.findValuesAsText("code")).doesNotContain(code);
		this.api.post("edu", "/api/items/" + code + "/target-adjustments", Map.of("reason", "PLAN_CHANGE", "note", "x"))
			.andExpect(status().isConflict());
	}

	@Test
	void shouldForbidAnotherDepartmentToFillOrReviewTheTargets() throws Exception {
		String code = this.api.supportedProject("edu", "edu-school1");
		String fill = this.api.taskOf("edu-unit", code);

		this.api.post("health", "/api/tasks/" + fill + "/target-sheet", targetSheet()).andExpect(status().isForbidden());
		this.api.post("health-unit", "/api/tasks/" + fill + "/target-sheet", targetSheet()).andExpect(status().isForbidden());
		this.api.get("health", "/api/items/" + code + "/target-sheets").andExpect(status().isForbidden());
		submitTargets("edu-unit", code);
		String review = this.api.taskOf("edu", code);
		this.api.post("edu-unit", "/api/tasks/" + review + "/target-department-review",
				Map.of("decision", "PASS", "opinion", "自己审自己")).andExpect(status().isForbidden());
	}

	@Test
	void shouldAdjustALockedTargetThroughTheSameReviewAndKeepEveryVersion() throws Exception {
		String code = approvedProject();

		this.api.post("health", "/api/items/" + code + "/target-adjustments", adjustment()).andExpect(status().isForbidden());
		this.api.post("edu", "/api/items/" + code + "/target-adjustments", Map.of("reason", "WHIM", "note", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.api.post("edu", "/api/items/" + code + "/target-adjustments", adjustment())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.indicators.length()").value(5));
		this.api.post("edu", "/api/items/" + code + "/target-adjustments", adjustment()).andExpect(status().isConflict());

		submitTargets("edu", code);
		grade(code, "EXCELLENT");
		approveBudget(code, "980000.00");

		JsonNode versions = sheets("edu", code);
		assertThat(versions.findValuesAsText("status")).containsExactly("SUPERSEDED", "APPROVED");
		assertThat(versions.get(1).get("adjustmentReason").asText()).isEqualTo("POLICY_CHANGE");
		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("approvedAmount").decimalValue()).isEqualByComparingTo("980000.00");
		assertThat(item.get("stage").asText()).isEqualTo("MONITORING");

		JsonNode published = this.api.read(this.api.get("health", "/api/disclosures/targets?fiscalYear=2027&departmentCode=edu"));
		JsonNode mine = java.util.stream.StreamSupport.stream(published.spliterator(), false)
			.filter(p -> p.get("itemCode").asText().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(mine.get("version").asInt()).as("only the version in force is published").isEqualTo(2);
		assertThat(mine.get("approvedAmount").decimalValue()).isEqualByComparingTo("980000.00");
	}

	@Test
	void shouldKeepTheApprovedTargetWhenAnAdjustmentIsGradedPoor() throws Exception {
		String code = approvedProject();
		this.api.post("edu", "/api/items/" + code + "/target-adjustments", adjustment()).andExpect(status().isCreated());
		submitTargets("edu", code);

		grade(code, "POOR");

		assertThat(sheets("edu", code).findValuesAsText("status")).containsExactly("APPROVED", "REJECTED");
		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("status").asText()).isEqualTo("ACTIVE");
		assertThat(item.get("approvedAmount").decimalValue()).isEqualByComparingTo("1000000.00");
	}

	@Test
	void shouldSendADepartmentOverallBudgetStraightToItsTargets() throws Exception {
		Map<String, Object> overall = new HashMap<>(proposal("edu", null, false));
		overall.put("kind", "DEPARTMENT_OVERALL");
		String code = this.api.propose("edu", overall);

		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("TARGET_COMPILATION");
		assertThat(this.api.taskKeyOf("edu", code)).isEqualTo("Task_FillTargets");
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/assessments"))).isEmpty();
	}

	private String approvedProject() throws Exception {
		String code = this.api.supportedProject("edu", null);
		submitTargets("edu", code);
		grade(code, "EXCELLENT");
		approveBudget(code, "1000000.00");
		return code;
	}

	private static Map<String, Object> adjustment() {
		return Map.of("reason", "POLICY_CHANGE", "note", "上级政策调整，受益范围扩大。");
	}

	private void submitTargets(String user, String code) throws Exception {
		this.api.post(user, "/api/tasks/" + this.api.taskOf(user, code) + "/target-sheet", targetSheet())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	private void departmentReview(String user, String code, String decision) throws Exception {
		this.api.post(user, "/api/tasks/" + this.api.taskOf(user, code) + "/target-department-review",
				Map.of("decision", decision, "opinion", "部门意见")).andExpect(status().isCreated());
	}

	private void grade(String code, String grade) throws Exception {
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/target-finance-review", financeReview(grade))
			.andExpect(status().isCreated());
	}

	private void approveBudget(String code, String amount) throws Exception {
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/budget-approval",
				budgetApproval("APPROVE", amount)).andExpect(status().isCreated());
	}

	private JsonNode sheets(String user, String code) throws Exception {
		return this.api.read(this.api.get(user, "/api/items/" + code + "/target-sheets").andExpect(status().isOk()));
	}

}
