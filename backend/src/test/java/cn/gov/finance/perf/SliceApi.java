package cn.gov.finance.perf;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Drives the ex-ante assessment slice through the HTTP API, as the browser does. */
@Component
public class SliceApi {

	public static final List<String> PROJECT_DIMENSIONS = List.of("NECESSITY", "ECONOMY", "TARGETS", "FEASIBILITY",
			"FUNDING");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	public ResultActions post(String user, String path, Object body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(this.logins.as(user))
			.with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : this.json.writeValueAsString(body)));
	}

	public ResultActions put(String user, String path, Object body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
			.with(this.logins.as(user))
			.with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : this.json.writeValueAsString(body)));
	}

	public ResultActions get(String user, String path, Object... uriVariables) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, uriVariables)
			.with(this.logins.as(user)));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	public static Map<String, Object> proposal(String department, String unit, boolean capital) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("name", "测试项目-" + System.nanoTime());
		body.put("kind", "PROJECT");
		body.put("fiscalYear", 2027);
		body.put("budgetType", "GENERAL_PUBLIC");
		body.put("departmentCode", department);
		body.put("unitCode", unit);
		body.put("amount", "1200000.00");
		body.put("continuity", "NEW");
		body.put("capitalConstruction", capital);
		body.put("expiring", false);
		return body;
	}

	/** Proposes an item as the user and returns its code. */
	public String propose(String user, Map<String, Object> proposal) throws Exception {
		return read(post(user, "/api/items", proposal).andExpect(status().isCreated())).get("code").asText();
	}

	/** The id of the open task on the item that the user can see. */
	public String taskOf(String user, String itemCode) throws Exception {
		JsonNode tasks = read(get(user, "/api/items/" + itemCode + "/tasks").andExpect(status().isOk()));
		return tasks.get(0).get("id").asText();
	}

	public static Map<String, Object> assessment(int... scores) {
		List<Map<String, Object>> inputs = new java.util.ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			inputs.add(Map.of("dimension", PROJECT_DIMENSIONS.get(i), "score", scores[i]));
		}
		return Map.of("scores", inputs, "conclusion", "SUPPORTED", "summary", "评估结论：项目必要、可行。");
	}

	public static Map<String, Object> review(String decision) {
		return Map.of("decision", decision, "opinion", "审核意见：" + decision);
	}

	/** Proposes a project and has finance support its assessment: it is then in target compilation. */
	public String supportedProject(String department, String unit) throws Exception {
		String code = propose(department, proposal(department, unit, false));
		post(department, "/api/tasks/" + taskOf(department, code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		post("perf", "/api/tasks/" + taskOf("perf", code) + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());
		return code;
	}

	/** A complete target sheet on the default template: 产出 50, 效益 30, 满意度 10. */
	public static Map<String, Object> targetSheet() {
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		rows.add(numeric("OUTPUT", "QUANTITY", "受益人数", "GE", 5000, "人", 30));
		rows.add(numeric("OUTPUT", "TIMELINESS", "项目按期完成率", "GE", 95, "%", 10));
		rows.add(numeric("OUTPUT", "COST", "项目总成本", "LE", 90, "万元", 10));
		rows.add(qualitative("BENEFIT", "SOCIAL", "公共服务水平提升", "效果明显", 30));
		rows.add(numeric("SATISFACTION", "SERVICE_SATISFACTION", "服务对象满意度", "GE", 90, "%", 10));
		return Map.of("overallGoal", "保障项目顺利实施。", "annualGoal", "完成年度任务。", "indicators", rows);
	}

	public static Map<String, Object> numeric(String level1, String level2, String name, String comparator,
			Number value, String unit, Number weight) {
		return Map.of("level1", level1, "level2", level2, "name", name, "comparator", comparator, "targetValue", value,
				"unit", unit, "weight", weight);
	}

	public static Map<String, Object> qualitative(String level1, String level2, String name, String text, Number weight) {
		return Map.of("level1", level1, "level2", level2, "name", name, "comparator", "QUALITATIVE", "targetText", text,
				"weight", weight);
	}

	public static Map<String, Object> financeReview(String grade) {
		return Map.of("completeness", "MEETS", "relevance", "MEETS", "appropriateness", "PARTLY", "feasibility", "MEETS",
				"grade", grade, "opinion", "评审意见：" + grade);
	}

	public static Map<String, Object> budgetApproval(String decision, String amount) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("decision", decision);
		body.put("approvedAmount", amount);
		body.put("opinion", "预算科意见：" + decision);
		return body;
	}

	/** The definition key of the item's single open task, as the given user sees it. */
	public String taskKeyOf(String user, String itemCode) throws Exception {
		JsonNode tasks = read(get(user, "/api/items/" + itemCode + "/tasks").andExpect(status().isOk()));
		return tasks.get(0).get("taskKey").asText();
	}

	public JsonNode item(String user, String code) throws Exception {
		return read(get(user, "/api/items/" + code).andExpect(status().isOk()));
	}

	/** A new project of the department in that year; the id of its ex-ante assessment's fill-in task. */
	public String newFillTask(String department, int fiscalYear) throws Exception {
		Map<String, Object> body = proposal(department, null, false);
		body.put("fiscalYear", fiscalYear);
		return taskWithKey(department, propose(department, body), "Task_FillAssessment");
	}

	/** The id of the item's open task with this definition key in the user's inbox. */
	public String taskWithKey(String user, String code, String key) throws Exception {
		for (JsonNode task : read(get(user, "/api/tasks?size=100&taskKey=" + key + "&q=" + code)).get("content")) {
			if (code.equals(task.path("itemCode").asText()) && key.equals(task.get("taskKey").asText())) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("no " + key + " for " + user + " on " + code);
	}

	/** The id of the user's open task with this definition key about a body whose label starts so. */
	public String taskAbout(String user, String labelPrefix, String key) throws Exception {
		JsonNode page = read(get(user, "/api/tasks?size=100&taskKey={key}&q={q}", key, labelPrefix));
		if (!page.has("content")) {
			throw new AssertionError("inbox of " + user + " answered " + page);
		}
		for (JsonNode task : page.get("content")) {
			if (key.equals(task.get("taskKey").asText()) && task.path("subject").asText().startsWith(labelPrefix)) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("no " + key + " for " + user + " about " + labelPrefix);
	}

	public ResultActions delete(String user, String path) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path)
			.with(this.logins.as(user))
			.with(csrfToken()));
	}

	public ResultActions upload(String user, String path, String fileName, byte[] content) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
			.file(new org.springframework.mock.web.MockMultipartFile("file", fileName, "application/pdf", content))
			.with(this.logins.as(user))
			.with(csrfToken()));
	}

	/**
	 * The self-evaluation of the standard target sheet ({@link #targetSheet()}): spent 950,000 of
	 * 1,000,000 and every indicator reached; it scores 95.97 (优).
	 */
	public static Map<String, Object> selfEvaluation() {
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("spentAmount", new java.math.BigDecimal("950000"));
		form.put("summary", "年度目标基本完成。");
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		rows.add(Map.of("actualValue", 5000));
		rows.add(Map.of("actualValue", 90));
		rows.add(Map.of("actualValue", 85));
		rows.add(Map.of("achievement", "ACHIEVED", "score", 27));
		rows.add(Map.of("actualValue", 95));
		form.put("rows", rows);
		return form;
	}


}
