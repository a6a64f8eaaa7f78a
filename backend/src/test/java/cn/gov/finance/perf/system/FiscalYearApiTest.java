package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Fiscal years are 2000–2100 wherever one is accepted, in bodies and in query and path parameters:
 * appraisal rounds (with their processes) were created for the years 0, −1 and 99999. Each refusal
 * is 400 problem+json naming fiscalYear, and nothing is created.
 */
@IntegrationTest
class FiscalYearApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private AppClock clock;

	@ParameterizedTest(name = "year {0}")
	@ValueSource(ints = { 0, -1, 1999, 2101, 99999 })
	void shouldCreateNothingForAYearOutOfRange(int year) throws Exception {
		long rounds = count("appraisal");
		long evaluations = count("body_evaluation");
		long draws = count("key_evaluation_selection");
		long windows = count("evaluation_window");
		long periods = count("monitoring_period");
		long items = count("budget_item");
		long instances = this.runtime.createProcessInstanceQuery().count();

		refused(this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", year)));
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DEPARTMENT");
		body.put("fiscalYear", year);
		body.put("subjectCode", "edu");
		body.put("selfReportDue", this.clock.today().plusDays(30).toString());
		refused(this.api.post("perf", "/api/body-evaluations", body));
		refused(this.api.post("perf", "/api/key-evaluations/selections", Map.of("fiscalYear", year)));
		refused(this.api.put("admin", "/api/evaluation-windows",
				Map.of("fiscalYear", year, "opensOn", "2031-01-15", "dueOn", "2031-03-31")));
		refused(this.api.post("admin", "/api/monitoring-periods", Map.of("divisionCode", "152500", "fiscalYear", year,
				"name", "1-7月绩效运行监控", "cutoffDate", "2030-07-31", "dueDate", "2030-08-10")));
		Map<String, Object> proposal = new HashMap<>(SliceApi.proposal("edu", null, false));
		proposal.put("fiscalYear", year);
		refused(this.api.post("edu", "/api/items", proposal));

		assertThat(count("appraisal")).isEqualTo(rounds);
		assertThat(count("body_evaluation")).isEqualTo(evaluations);
		assertThat(count("key_evaluation_selection")).isEqualTo(draws);
		assertThat(count("evaluation_window")).isEqualTo(windows);
		assertThat(count("monitoring_period")).isEqualTo(periods);
		assertThat(count("budget_item")).isEqualTo(items);
		assertThat(this.runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey("AP-" + year).count()).isZero();
	}

	@ParameterizedTest(name = "year {0}")
	@ValueSource(ints = { 0, -1, 99999 })
	void shouldRefuseAYearOutOfRangeInQueriesAndPaths(int year) throws Exception {
		for (String path : new String[] { "/api/items?fiscalYear=", "/api/monitoring-reports?fiscalYear=",
				"/api/monitoring-periods?fiscalYear=", "/api/evaluations/coverage?fiscalYear=",
				"/api/body-evaluations?fiscalYear=", "/api/rectifications?fiscalYear=",
				"/api/disclosures/targets?fiscalYear=", "/api/disclosures/results?fiscalYear=",
				"/api/disclosures/congress-package?fiscalYear=", "/api/appraisals/", "/api/key-evaluations/selections/" }) {
			try {
				refused(this.api.get("perf", path + year));
			}
			catch (AssertionError ex) {
				throw new AssertionError("GET " + path + year + ": " + ex.getMessage(), ex);
			}
		}
	}

	private ResultActions refused(ResultActions result) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 2000 至 2100 之间的预算年度"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
