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

	/**
	 * A funded item past its monitoring (one period filed without deviation), waiting at the opening
	 * of its self-evaluation; the opening timer is then run, so its self-evaluation task is open.
	 */
	public String evaluatedProject(Map<String, Object> proposal, String filler) throws Exception {
		return evaluatedProject(proposal, filler, YEAR);
	}

	/** {@link #evaluatedProject(Map, String)} in another fiscal year, for tests that act on a whole year. */
	public String evaluatedProject(Map<String, Object> proposal, String filler, int year) throws Exception {
		calendar(year);
		String code = monitoredProject(proposal, year);
		String file = null;
		for (JsonNode task : this.api.read(this.api.get(filler, "/api/items/" + code + "/tasks"))) {
			if (task.get("taskKey").asText().equals("Task_FileReport")) {
				file = task.get("id").asText();
			}
		}
		Map<String, Object> report = new HashMap<>();
		report.put("spentAmount", "700000");
		report.put("declaredCause", "NONE");
		java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(Map.of("actualToDate", "按进度", "expectedCompletion", "ACHIEVED"));
		}
		report.put("indicators", rows);
		this.api.post(filler, "/api/tasks/" + file + "/monitoring-report", report).andExpect(status().isOk());
		if (!filler.equals("edu")) {
			this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/monitoring-department-review",
					Map.of("decision", "PASS", "opinion", "同意")).andExpect(status().isCreated());
		}
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("EVALUATION");
		this.jobs.run(code, "Timer_EvaluationOpens");
		return code;
	}

	/**
	 * A project of the department 教育局 in the year whose self-evaluation ({@link SliceApi#selfEvaluation()},
	 * 95.97 优) was filed by the department and accepted by finance: its result is fixed and applied.
	 */
	public String resultFixedProject(int year) throws Exception {
		String code = evaluatedProject(SliceApi.proposal("edu", null, false), "edu", year);
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillSelfEvaluation") + "/self-evaluation",
				SliceApi.selfEvaluation()).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_FinanceRecheck")
				+ "/self-evaluation-recheck", Map.of("decision", "ACCEPT", "reason", "复核无误。")).andExpect(status().isCreated());
		return code;
	}

	public void calendar() throws Exception {
		calendar(YEAR);
	}

	public void calendar(int year) throws Exception {
		JsonNode periods = this.api.read(this.api.get("admin", "/api/monitoring-periods?fiscalYear=" + year + "&divisionCode=152500"));
		if (periods.isEmpty()) {
			this.api.post("admin", "/api/monitoring-periods", Map.of("divisionCode", "152500", "fiscalYear", year, "name",
					"1-7月绩效运行监控", "cutoffDate", year + "-07-31", "dueDate", year + "-08-10"))
				.andExpect(status().isCreated());
		}
	}

	public String monitoredProject(Map<String, Object> proposal) throws Exception {
		return monitoredProject(proposal, YEAR);
	}

	public String monitoredProject(Map<String, Object> proposal, int year) throws Exception {
		Map<String, Object> body = new HashMap<>(proposal);
		body.put("fiscalYear", year);
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
