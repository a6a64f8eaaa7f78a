package cn.gov.finance.perf.system;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bodies are read as written (StrictJsonConfig): an enum is its name, scalars are not coerced, a
 * missing flag is not "false". Each refusal is 400 problem+json naming the field, and nothing is
 * stored or decided.
 */
@IntegrationTest
class StrictJsonApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ObjectMapper json;

	/** {@code {"decision":1}} used to become the second constant and close the item for good. */
	@Test
	void shouldRefuseANumberForAnEnumAndDecideNothing() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment",
				SliceApi.assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());
		String review = this.api.taskOf("perf", code);

		refused(this.api.post("perf", "/api/tasks/" + review + "/assessment-review", "{\"decision\":1,\"opinion\":\"同意\"}"),
				"decision").andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("须为以下之一")));
		refused(this.api.post("perf", "/api/tasks/" + review + "/assessment-review", "{\"decision\":\"\",\"opinion\":\"同意\"}"),
				"decision");

		assertThat(this.api.taskOf("perf", code)).as("the review task is still open").isEqualTo(review);
		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("stage").asText()).isEqualTo("ASSESSMENT");
		assertThat(item.get("status").asText()).isNotEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_review r join assessment a on a.id = r.assessment_id"
				+ " join budget_item i on i.id = a.item_id where i.code = ?", Long.class, code)).isZero();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "fiscalYear|\"2027\"", "fiscalYear|2027.5", "fiscalYear|true", "fiscalYear|\"\"",
			"name|12", "name|true", "name|{}", "capitalConstruction|1", "capitalConstruction|\"true\"",
			"capitalConstruction|null", "expiring|0", "kind|0", "budgetType|3", "amount|true" })
	void shouldNotCoerceScalarsInAProposal(String field, String json) throws Exception {
		long before = count("budget_item");
		Map<String, Object> body = new HashMap<>(proposal("edu", null, false));
		body.remove(field);
		String text = this.json.writeValueAsString(body);
		String sent = text.substring(0, text.length() - 1) + ",\"" + field + "\":" + json + "}";

		refused(this.api.post("edu", "/api/items", sent), field);

		assertThat(count("budget_item")).isEqualTo(before);
	}

	@Test
	void shouldRequireEveryFlagInsteadOfReadingItsAbsenceAsFalse() throws Exception {
		long before = count("budget_item");
		for (String flag : new String[] { "capitalConstruction", "expiring" }) {
			Map<String, Object> body = new HashMap<>(proposal("edu", null, false));
			body.remove(flag);
			refused(this.api.post("edu", "/api/items", body), flag);
		}
		assertThat(count("budget_item")).isEqualTo(before);

		// {} must not take an item out of key monitoring.
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.put("perf", "/api/items/" + code + "/key-monitoring", Map.of("enabled", true)).andExpect(status().isOk());
		refused(this.api.put("perf", "/api/items/" + code + "/key-monitoring", "{}"), "enabled");
		refused(this.api.put("perf", "/api/items/" + code + "/key-monitoring", "{\"enabled\":0}"), "enabled");
		assertThat(this.api.item("edu", code).get("keyMonitoring").asBoolean()).isTrue();

		// Audit findings: "serious" must be said.
		refused(this.api.post("audit", "/api/tasks/0/audit-findings", "{\"clientKey\":\"k-1\",\"category\":\"TARGET\","
				+ "\"description\":\"x\"}"), "serious");
	}

	@Test
	void shouldRefuseRepeatedKeysAndTrailingContent() throws Exception {
		long before = count("budget_item");
		String body = this.json.writeValueAsString(proposal("edu", null, false));

		refused(this.api.post("edu", "/api/items", body.substring(0, body.length() - 1) + ",\"kind\":\"POLICY\"}"), "kind");
		this.api.post("edu", "/api/items", body + "{}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(count("budget_item")).isEqualTo(before);
	}

	private ResultActions refused(ResultActions result, String field) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
