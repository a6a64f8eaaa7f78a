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

	public ResultActions get(String user, String path) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
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

	public JsonNode item(String user, String code) throws Exception {
		return read(get(user, "/api/items/" + code).andExpect(status().isOk()));
	}


}
