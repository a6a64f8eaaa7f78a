package cn.gov.finance.perf.monitoring;

import static cn.gov.finance.perf.SliceApi.budgetApproval;
import static cn.gov.finance.perf.SliceApi.financeReview;
import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A funded item whose first monitoring report is open, on a calendar of its own fiscal year. */
@Component
public class MonitoringFixtures {

	public static final int YEAR = 2030;

	@Autowired
	private SliceApi api;

	@Autowired
	private Jobs jobs;

	public void calendar() throws Exception {
		JsonNode periods = this.api.read(this.api.get("admin", "/api/monitoring-periods?fiscalYear=" + YEAR + "&divisionCode=152500"));
		if (periods.isEmpty()) {
			this.api.post("admin", "/api/monitoring-periods", Map.of("divisionCode", "152500", "fiscalYear", YEAR, "name",
					"1-7月绩效运行监控", "cutoffDate", YEAR + "-07-31", "dueDate", YEAR + "-08-10"))
				.andExpect(status().isCreated());
		}
	}

	public String monitoredProject(Map<String, Object> proposal) throws Exception {
		Map<String, Object> body = new HashMap<>(proposal);
		body.put("fiscalYear", YEAR);
		body.put("amount", "1000000.00");
		boolean hasUnit = body.get("unitCode") != null;
		String code = this.api.propose("edu", body);
		if (this.api.item("edu", code).get("stage").asText().equals("ASSESSMENT")) {
			this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment",
					SliceApi.assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());
			this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review",
					SliceApi.review("SUPPORTED")).andExpect(status().isCreated());
		}
		String filler = hasUnit ? "edu-unit" : "edu";
		this.api.post(filler, "/api/tasks/" + this.api.taskOf(filler, code) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
		if (hasUnit) {
			this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/target-department-review",
					Map.of("decision", "PASS", "opinion", "同意")).andExpect(status().isCreated());
		}
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/target-finance-review",
				financeReview("EXCELLENT")).andExpect(status().isCreated());
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/budget-approval",
				budgetApproval("APPROVE", "1000000.00")).andExpect(status().isCreated());
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("MONITORING");
		this.jobs.run(code, "Task_LoadCalendar");
		this.jobs.run(code, "Timer_PeriodOpens");
		return code;
	}

}
