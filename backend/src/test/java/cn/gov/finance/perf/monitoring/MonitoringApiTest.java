package cn.gov.finance.perf.monitoring;

import static cn.gov.finance.perf.SliceApi.budgetApproval;
import static cn.gov.finance.perf.SliceApi.financeReview;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Execution monitoring through the API, the engine and the ledger (domain.md §3.3, §5 examples 8–10):
 * reports with their lights, each deviation class to its outcome, and fund actions written once.
 */
@IntegrationTest
class MonitoringApiTest {

	static final int YEAR = MonitoringFixtures.YEAR;

	@Autowired
	private SliceApi api;

	@Autowired
	private Jobs jobs;

	@Autowired
	private ManagementService management;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MonitoringFixtures fixtures;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void calendar() throws Exception {
		this.fixtures.calendar();
	}

	@Test
	void shouldLightTheReportYellowAtSixtyAndEndThePeriodWithoutAction() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));

		this.api.post("edu", fileTask(code), report("350000", "NONE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.executionValue").value(60.0))
			.andExpect(jsonPath("$.light").value("YELLOW"))
			.andExpect(jsonPath("$.elapsedMonths").value(7));

		JsonNode reports = reports(code);
		assertThat(reports.get(0).get("deviationClass").asText()).isEqualTo("NONE");
		assertThat(this.api.read(this.api.get("edu", "/api/items?size=200")).get("content").findValues("warningLight")
			.stream().map(JsonNode::asText)).contains("YELLOW");
		assertThat(funds(code).get("ledger")).isEmpty();
	}

	@Test
	void shouldProposeAndRecoverInProportionForSlowExecution() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));

		this.api.post("edu", fileTask(code), report("340000", "NONE"))
			.andExpect(jsonPath("$.executionValue").value(58.3))
			.andExpect(jsonPath("$.light").value("RED"));

		JsonNode report = reports(code).get(0);
		assertThat(report.get("deviationClass").asText()).isEqualTo("SLOW_EXECUTION");
		assertThat(report.get("proposedRecovery").decimalValue()).isEqualByComparingTo("121666.67");
		String confirm = this.api.taskOf("budget", code);
		this.api.post("budget", "/api/tasks/" + confirm + "/recovery-confirmation",
				Map.of("decision", "CONFIRM", "amount", "2000000", "opinion", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		this.api.post("budget", "/api/tasks/" + confirm + "/recovery-confirmation",
				Map.of("decision", "CONFIRM", "amount", "121666.67", "opinion", "按测算收回。"))
			.andExpect(status().isCreated());
		this.jobs.run(code, "Task_RecordRecovery");

		JsonNode funds = funds(code);
		assertThat(funds.get("ledger")).hasSize(1);
		assertThat(funds.get("ledger").get(0).get("action").asText()).isEqualTo("RECOVER");
		assertThat(funds.get("recovered").decimalValue()).isEqualByComparingTo("121666.67");
		assertThat(funds.get("available").decimalValue()).isEqualByComparingTo("878333.33");
	}

	/**
	 * The light is decided on the exact value: 349,999.99 of 1,000,000 in month 7 is 59.99999829 —
	 * red and slow execution — though it is shown as 60.0.
	 */
	@Test
	void shouldLightRedJustBelowSixtyThoughTheDisplayRoundsToSixty() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));

		this.api.post("edu", fileTask(code), report("349999.99", "NONE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.executionValue").value(60.0))
			.andExpect(jsonPath("$.light").value("RED"));

		assertThat(reports(code).get(0).get("deviationClass").asText()).isEqualTo("SLOW_EXECUTION");
	}

	/** A report without a budget has no execution value and the light NO_BUDGET, never 0 % red. */
	@Test
	void shouldShowNoBudgetInsteadOfARedLightWhenTheBudgetIsZero() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.jdbc.update("update monitoring_report set budget_amount = 0 where item_id = (select id from budget_item where code = ?)",
				code);

		this.api.post("edu", fileTask(code), report("0", "NONE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.light").value("NO_BUDGET"))
			.andExpect(jsonPath("$.executionValue").doesNotExist());

		JsonNode report = reports(code).get(0);
		assertThat(report.get("deviationClass").asText()).isEqualTo("NONE");
		assertThat(report.get("proposedRecovery")).isNull();
		assertThat(this.api.item("edu", code).get("warningLight").asText()).isEqualTo("NO_BUDGET");
		assertThat(funds(code).get("ledger")).isEmpty();
	}

	@Test
	void shouldLightTheReportGreenAboveEighty() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));

		this.api.post("edu", fileTask(code), report("500000", "NONE"))
			.andExpect(jsonPath("$.executionValue").value(85.7))
			.andExpect(jsonPath("$.light").value("GREEN"));
	}

	@Test
	void shouldSuspendPaymentForASeriousProblemAndRecoverWhenRectificationFails() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.api.post("edu", fileTask(code), report("500000", "SERIOUS_PROBLEM")).andExpect(status().isOk());

		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/payment-decision",
				Map.of("action", "SUSPEND", "opinion", "发现重大损失风险，暂缓拨款。")).andExpect(status().isCreated());
		this.jobs.run(code, "Task_RecordPaymentAction");
		JsonNode suspended = funds(code);
		assertThat(suspended.get("ledger").findValuesAsText("action")).containsExactly("SUSPEND");
		assertThat(suspended.get("frozen").decimalValue()).isEqualByComparingTo("500000");
		assertThat(suspended.get("available").decimalValue()).isEqualByComparingTo("500000");

		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/rectification",
				Map.of("measures", "已更换项目负责人，完善资金管理制度。")).andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/rectification-verification",
				Map.of("verdict", "FAILED", "opinion", "整改不到位。")).andExpect(status().isCreated());
		this.jobs.run(code, "Task_RecoverRemaining");

		JsonNode recovered = funds(code);
		assertThat(recovered.get("ledger").findValuesAsText("action")).containsExactly("SUSPEND", "RECOVER");
		assertThat(recovered.get("recovered").decimalValue()).isEqualByComparingTo("500000");
		assertThat(recovered.get("frozen").decimalValue()).isEqualByComparingTo("0");
		assertThat(reports(code).get(0).get("decisions").findValuesAsText("step"))
			.containsExactly("PAYMENT_ACTION", "RECTIFICATION", "VERIFICATION");
	}

	@Test
	void shouldResumePaymentWhenTheRectificationIsVerified() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.api.post("edu", fileTask(code), report("500000", "SERIOUS_PROBLEM")).andExpect(status().isOk());
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/payment-decision",
				Map.of("action", "SUSPEND", "opinion", "暂缓拨款。")).andExpect(status().isCreated());
		this.jobs.run(code, "Task_RecordPaymentAction");
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/rectification", Map.of("measures", "已整改。"))
			.andExpect(status().isCreated());

		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/rectification-verification",
				Map.of("verdict", "PASSED", "opinion", "整改到位。")).andExpect(status().isCreated());
		this.jobs.run(code, "Task_ResumePayment");

		JsonNode funds = funds(code);
		assertThat(funds.get("ledger").findValuesAsText("action")).containsExactly("SUSPEND", "RESUME");
		assertThat(funds.get("available").decimalValue()).isEqualByComparingTo("1000000");
	}

	@Test
	void shouldReallocateTheBudgetTogetherWithATargetAdjustmentForAnObjectiveCause() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));

		this.api.post("edu", fileTask(code), report("500000", "OBJECTIVE_CAUSE")).andExpect(status().isOk());

		assertThat(this.api.taskKeyOf("edu", code)).isEqualTo("Task_FillTargets");
		JsonNode draft = this.api.read(this.api.get("edu", "/api/items/" + code + "/target-sheets")).get(1);
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		assertThat(draft.get("adjustmentNote").asText()).contains("客观原因");
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/target-finance-review",
				financeReview("EXCELLENT")).andExpect(status().isCreated());
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/budget-approval",
				budgetApproval("APPROVE", "900000.00")).andExpect(status().isCreated());

		JsonNode funds = funds(code);
		assertThat(funds.get("ledger").findValuesAsText("action")).containsExactly("REALLOCATE");
		assertThat(funds.get("ledger").get(0).get("amount").decimalValue()).isEqualByComparingTo("-100000");
		assertThat(funds.get("approved").decimalValue()).isEqualByComparingTo("900000");
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/tasks"))).isEmpty();
	}

	@Test
	void shouldRecoverAllTransferPaymentFundsNotPassedDownByTheDueDate() throws Exception {
		Map<String, Object> transfer = new HashMap<>(proposal("edu", null, false));
		transfer.put("kind", "TRANSFER_PAYMENT");
		transfer.put("passDownDue", YEAR + "-03-31");
		String code = monitoredProject(transfer);
		assertThat(this.jobs.of(code, "Timer_PassDownDue")).isNotNull();

		this.jobs.run(code, "Timer_PassDownDue");
		this.jobs.run(code, "Task_RecoverUnpassedFunds");

		JsonNode funds = funds(code);
		assertThat(funds.get("ledger").findValuesAsText("action")).containsExactly("RECOVER");
		assertThat(funds.get("recovered").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(funds.get("available").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void shouldRecoverNothingWhenTheFundsArePassedDownInTime() throws Exception {
		Map<String, Object> transfer = new HashMap<>(proposal("edu", null, false));
		transfer.put("kind", "TRANSFER_PAYMENT");
		transfer.put("passDownDue", YEAR + "-03-31");
		String code = monitoredProject(transfer);
		String passDown = this.api.read(this.api.get("edu", "/api/items/" + code + "/tasks")).findValues("id").stream()
			.map(JsonNode::asText)
			.filter(id -> {
				try {
					return this.api.read(this.api.get("edu", "/api/tasks/" + id)).get("taskKey").asText().equals("Task_PassDownFunds");
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			})
			.findFirst()
			.orElseThrow();

		this.api.post("edu", "/api/tasks/" + passDown + "/pass-down", Map.of("note", "已于3月15日下达至各旗县。"))
			.andExpect(status().isNoContent());

		assertThat(this.api.item("edu", code).get("passedDownAt").isNull()).isFalse();
		assertThat(funds(code).get("ledger")).isEmpty();
	}

	@Test
	void shouldEscalateAnOverdueReportToTheDepartment() throws Exception {
		String code = monitoredProject(proposal("edu", "edu-school1", false));

		this.jobs.run(code, "Timer_ReportOverdue");

		JsonNode report = reports(code).get(0);
		assertThat(report.get("overdue").asBoolean()).isTrue();
		String chase = this.api.taskWithKey("edu", code, "Task_ChaseOverdueReport");
		this.api.post("edu", "/api/tasks/" + chase + "/overdue-chase", Map.of("note", "已督促一中三日内报送。"))
			.andExpect(status().isCreated());
		assertThat(this.api.taskWithKey("edu-unit", code, "Task_FileReport")).isNotNull();
	}

	@Test
	void shouldListOverdueReportsForFinanceAndOnlyOwnOnesForADepartment() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.jobs.run(code, "Timer_ReportOverdue");

		JsonNode overdue = this.api.read(this.api.get("perf", "/api/monitoring-reports?size=500&overdue=true&fiscalYear=" + YEAR));
		assertThat(overdue.findValuesAsText("itemCode")).contains(code);
		assertThat(this.api.read(this.api.get("health", "/api/monitoring-reports?size=500&overdue=true")).findValuesAsText("itemCode"))
			.doesNotContain(code);
		assertThat(this.api.read(this.api.get("edu", "/api/monitoring-reports?size=500&overdue=true")).findValuesAsText("itemCode"))
			.contains(code);
	}

	@Test
	void shouldMoveWaitingTimersAndDueDatesWhenThePeriodIsChanged() throws Exception {
		JsonNode period = this.api.read(this.api.get("admin", "/api/monitoring-periods?fiscalYear=" + YEAR + "&divisionCode=152500")).get(0);
		String code = monitoredProject(proposal("edu", null, false));
		Map<String, Object> moved = Map.of("divisionCode", "152500", "fiscalYear", YEAR, "name", period.get("name").asText(),
				"cutoffDate", period.get("cutoffDate").asText(), "dueDate", YEAR + "-08-20");
		Map<String, Object> original = new HashMap<>(moved);
		original.put("dueDate", period.get("dueDate").asText());
		try {
			this.api.put("edu", "/api/monitoring-periods/" + period.get("id").asText(), moved).andExpect(status().isForbidden());
			this.api.put("perf", "/api/monitoring-periods/" + period.get("id").asText(), moved).andExpect(status().isOk());

			assertThat(this.jobs.of(code, "Timer_ReportOverdue").getDuedate().toInstant().toString())
				.isEqualTo(YEAR + "-08-20T16:00:00Z");
			String due = this.api.read(this.api.get("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FileReport"))).get("due").asText();
			assertThat(due).isEqualTo(YEAR + "-08-20T16:00:00Z");
		}
		finally {
			this.api.put("perf", "/api/monitoring-periods/" + period.get("id").asText(), original).andExpect(status().isOk());
		}
	}

	@Test
	void shouldNameInvalidReportFieldsAndKeepOtherDepartmentsOut() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		String task = this.api.taskOf("edu", code);
		Map<String, Object> invalid = new HashMap<>(report("1200000", "SERIOUS_PROBLEM"));
		invalid.put("summary", " ");
		List<Map<String, Object>> rows = new ArrayList<>(indicators(5));
		rows.set(2, Map.of("actualToDate", "进行中", "expectedCompletion", "PARTLY"));
		invalid.put("indicators", rows);

		this.api.post("edu", "/api/tasks/" + task + "/monitoring-report", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'spentAmount')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'summary')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[2].deviationReason')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[2].correctiveMeasure')]").exists());
		this.api.post("health", "/api/tasks/" + task + "/monitoring-report", report("1", "NONE"))
			.andExpect(status().isForbidden());
		assertThat(reports(code).get(0).get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void shouldLetFinanceReviewAKeyMonitoredItemItself() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.api.put("edu", "/api/items/" + code + "/key-monitoring", Map.of("enabled", true)).andExpect(status().isForbidden());
		this.api.put("perf", "/api/items/" + code + "/key-monitoring", Map.of("enabled", true)).andExpect(status().isOk());

		this.api.post("edu", fileTask(code), report("500000", "NONE")).andExpect(status().isOk());

		String review = this.api.taskWithKey("perf", code, "Task_KeyMonitoringReview");
		this.api.post("perf", "/api/tasks/" + review + "/monitoring-key-review",
				Map.of("deviationClass", "NONE", "opinion", "执行正常。")).andExpect(status().isCreated());
		assertThat(reports(code).get(0).get("decisions").findValuesAsText("step")).containsExactly("KEY_REVIEW");
	}

	@Test
	void shouldWriteTheLedgerOnceWhenAFundActionJobIsRetried() throws Exception {
		String code = monitoredProject(proposal("edu", null, false));
		this.api.post("edu", fileTask(code), report("400000", "SERIOUS_PROBLEM")).andExpect(status().isOk());
		this.api.post("budget", "/api/tasks/" + this.api.taskOf("budget", code) + "/payment-decision",
				Map.of("action", "STOP", "opinion", "停止拨款。")).andExpect(status().isCreated());
		String jobId = this.jobs.of(code, "Task_RecordPaymentAction").getId();

		// The job runs, but its transaction fails at the end: nothing of it may remain.
		this.transactions.executeWithoutResult(tx -> {
			this.management.executeJob(jobId);
			tx.setRollbackOnly();
		});
		assertThat(funds(code).get("ledger")).isEmpty();

		// The retry succeeds: one row.
		this.management.executeJob(jobId);
		assertThat(funds(code).get("ledger").findValuesAsText("action")).containsExactly("STOP");
		assertThatThrownBy(() -> this.management.executeJob(jobId)).as("the job is done").isNotNull();

		// Two nodes run the recovery job at once: one wins, the ledger has one RECOVER row.
		String recovery = this.jobs.of(code, "Task_RecoverRemaining").getId();
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> quietly(recovery));
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> quietly(recovery));
		CompletableFuture.allOf(first, second).join();
		assertThat(funds(code).get("ledger").findValuesAsText("action")).containsExactly("STOP", "RECOVER");
		assertThat(funds(code).get("recovered").decimalValue()).isEqualByComparingTo("600000");
	}

	private void quietly(String jobId) {
		try {
			this.management.executeJob(jobId);
		}
		catch (RuntimeException lostTheRace) {
			// the other node completed it, or it no longer exists
		}
	}

	private String monitoredProject(Map<String, Object> proposal) throws Exception {
		return this.fixtures.monitoredProject(proposal);
	}

	private String fileTask(String code) throws Exception {
		return "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FileReport") + "/monitoring-report";
	}


	private JsonNode reports(String code) throws Exception {
		return this.api.read(this.api.get("perf", "/api/items/" + code + "/monitoring-reports").andExpect(status().isOk()));
	}

	private JsonNode funds(String code) throws Exception {
		return this.api.read(this.api.get("perf", "/api/items/" + code + "/funds").andExpect(status().isOk()));
	}

	static Map<String, Object> report(String spent, String cause) {
		Map<String, Object> body = new HashMap<>();
		body.put("spentAmount", new BigDecimal(spent));
		body.put("declaredCause", cause);
		body.put("summary", "NONE".equals(cause) ? null : "情况说明：" + cause);
		body.put("indicators", indicators(5));
		return body;
	}

	static List<Map<String, Object>> indicators(int count) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(Map.of("actualToDate", "按进度推进", "expectedCompletion", "ACHIEVED"));
		}
		return rows;
	}

}
