package cn.gov.finance.perf.system;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Text that displays differently from what it is, values that cannot be negative, and pages that
 * do not exist: 4xx problem+json naming the field, nothing stored.
 */
@IntegrationTest
class TextAndValuesApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private MonitoringFixtures fixtures;

	/** JSON escapes, so the test sends exactly these UTF-16 code units. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\\ud800", "\\udc00x", "x\\ud83d", "report\\u202efdp.exe", "\\u202a", "\\u202d",
			"\\u2066isolated\\u2069", "\\u2067", "\\u2068" })
	void shouldRefuseLoneSurrogatesAndBidiControls(String escaped) throws Exception {
		long before = count("budget_item");
		String body = this.json.writeValueAsString(withoutName());
		String sent = body.substring(0, body.length() - 1) + ",\"name\":\"项目" + escaped + "\"}";

		refused(this.api.post("edu", "/api/items", sent), "name")
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("U+")));

		assertThat(count("budget_item")).isEqualTo(before);
	}

	@Test
	void shouldAcceptAPairedSurrogateAndDropZeroWidthCharacters() throws Exception {
		Map<String, Object> body = withoutName();
		body.put("name", "\u200B\uFEFF牧区\u200B学校\u2060校舍😀维修\u200D");
		body.put("description", "\u200C说明\u200D文字\u200C");
		String code = this.api.propose("edu", body);

		assertThat(this.api.item("edu", code).get("name").asText()).isEqualTo("牧区学校校舍😀维修");
		assertThat(this.api.item("edu", code).get("description").asText()).as("joiners inside the text are kept")
			.isEqualTo("说明\u200D文字");

		long before = count("budget_item");
		body.put("name", "\u200B\u2060\uFEFF");
		refused(this.api.post("edu", "/api/items", body), "name");
		assertThat(count("budget_item")).isEqualTo(before);
	}

	@Test
	void shouldRefuseNegativeMeasuredValues() throws Exception {
		long before = count("budget_item");
		Map<String, Object> proposal = new HashMap<>(proposal("edu", null, false));
		proposal.put("amount", "-0.01");
		refused(this.api.post("edu", "/api/items", proposal), "amount");
		assertThat(count("budget_item")).isEqualTo(before);

		// A real monitoring report: negative spending is refused and the task stays open.
		this.fixtures.calendar();
		String code = this.fixtures.monitoredProject(proposal("edu", null, false));
		String file = this.api.taskWithKey("edu", code, "Task_FileReport");
		Map<String, Object> report = new HashMap<>();
		report.put("spentAmount", "-1");
		report.put("declaredCause", "NONE");
		report.put("indicators", java.util.Collections.nCopies(5, Map.of("actualToDate", "按进度", "expectedCompletion",
				"ACHIEVED")));
		refused(this.api.post("edu", "/api/tasks/" + file + "/monitoring-report", report), "spentAmount");
		assertThat(this.api.taskWithKey("edu", code, "Task_FileReport")).isEqualTo(file);
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_report r join budget_item i on i.id = r.item_id"
				+ " where i.code = ? and r.spent_amount is not null", Long.class, code)).isZero();

		// Bodies are validated before any task is looked up, so these refusals need no task of their own.
		Map<String, Object> fill = new HashMap<>(SliceApi.selfEvaluation());
		fill.put("rows", List.of(Map.of("actualValue", -5)));
		refused(this.api.post("edu", "/api/tasks/none/self-evaluation", fill), "rows[0].actualValue");
		fill.put("rows", List.of(Map.of("achievement", "ACHIEVED", "score", -1)));
		refused(this.api.post("edu", "/api/tasks/none/self-evaluation", fill), "rows[0].score");
		refused(this.api.post("perf", "/api/tasks/none/self-evaluation-recheck",
				Map.of("decision", "CHANGE", "reason", "复核", "scores", List.of(5, -2))), "scores[1]");
		// (A negative ex-ante assessment score is refused by the assessment rules with the other score errors:
		// AssessmentSliceApiTest.)
		refused(this.api.post("thirdparty", "/api/tasks/none/key-evaluation-report", Map.of("scores",
				Map.of("decision", 10, "process", -1, "output", 30, "effect", 30), "findings", "x", "report", "x")),
				"scores.process");
		refused(this.api.post("audit", "/api/tasks/none/audit-findings", Map.of("clientKey", "k-2", "category", "TARGET",
				"serious", false, "description", "x", "amount", "-100")), "amount");
	}

	@Test
	void shouldRefusePagesBeyondTheDataAndHugePages() throws Exception {
		long total = this.api.read(this.api.get("edu", "/api/items?size=200")).get("totalElements").asLong();
		long pages = (total + 199) / 200;

		this.api.get("edu", "/api/items?size=200&page=" + (pages - 1)).andExpect(status().isOk());
		refused(this.api.get("edu", "/api/items?size=200&page=" + pages), "page");
		refused(this.api.get("edu", "/api/items?size=200&page=2147483647"), "page");
		refused(this.api.get("edu", "/api/items?page=-1"), "page");
		refused(this.api.get("edu", "/api/items?page=99999999999"), "page");
		refused(this.api.get("edu", "/api/items?size=100000"), "size");
		refused(this.api.get("edu", "/api/items?size=0"), "size");
		refused(this.api.get("edu", "/api/items?q=\u202Eexe"), "q");
	}

	private Map<String, Object> withoutName() {
		Map<String, Object> body = new HashMap<>(proposal("edu", null, false));
		body.remove("name");
		return body;
	}

	private ResultActions refused(ResultActions result, String field) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
