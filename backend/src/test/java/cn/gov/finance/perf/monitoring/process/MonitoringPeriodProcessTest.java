package cn.gov.finance.perf.monitoring.process;

import static cn.gov.finance.perf.monitoring.process.MonitoringPeriodProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.target.process.TargetOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/monitoring/MonitoringPeriodProcess.bpmn with the real DeviationRouting table
 * and the real target adjustment; timers and asynchronous fund actions are driven by executing jobs.
 */
@Deployment(resources = { "processes/monitoring/MonitoringPeriodProcess.bpmn", "processes/monitoring/DeviationRouting.dmn",
		"processes/target/TargetAdjustmentProcess.bpmn", "processes/target/TargetCompilationProcess.bpmn",
		"processes/target/TargetGradeRouting.dmn" })
class MonitoringPeriodProcessTest {

	static final String CODE = "XM2027-0077";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final MonitoringCalendar calendar = mock(MonitoringCalendar.class);

	private final MonitoringReports reports = mock(MonitoringReports.class);

	private final MonitoringDeviations deviations = mock(MonitoringDeviations.class);

	private final FundActions funds = mock(FundActions.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Date past = new Date(ClockUtil.getCurrentTime().getTime() - 86_400_000L);
		when(this.calendar.opensAt(anyLong())).thenReturn(past);
		when(this.calendar.dueAt(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 10 * 86_400_000L));
		when(this.calendar.rectificationPeriod()).thenReturn("P30D");
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable(VAR_SHEET_ID, 99L);
			return null;
		}).when(this.deviations).openAdjustment(any());
		Mocks.register("monitoringCalendar", this.calendar);
		Mocks.register("monitoringReports", this.reports);
		Mocks.register("monitoringDeviations", this.deviations);
		Mocks.register("fundActions", this.funds);
		Mocks.register("targetOutcomes", mock(TargetOutcomes.class));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldOpenTheReportAfterTheCutOffAndEndWithoutDeviation() {
		ProcessInstance period = start(true);
		BpmnAwareTests.assertThat(period).isWaitingAt(TIMER_OPENS);

		open();
		verify(this.reports).open(any());
		assertThat(current().getTaskDefinitionKey()).isEqualTo(TASK_FILE);
		BpmnAwareTests.assertThat(current()).hasCandidateGroup("org-edu-school1");
		assertThat(current().getDueDate()).isNotNull();

		file("NONE", "GREEN");
		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_DEPARTMENT_REVIEW).hasCandidateGroup("org-edu");
		complete(current(), withVariables(VAR_DEPARTMENT_DECISION, "PASS"));

		BpmnAwareTests.assertThat(period).isEnded().hasPassed(TASK_CLASSIFY, END_COMPLETED).variables()
			.containsEntry(VAR_DEVIATION_CLASS, "NONE");
		verify(this.funds, never()).record(any(), anyString());
	}

	@Test
	void shouldSendAReturnedReportBackToTheUnit() {
		start(true);
		open();
		file("NONE", "GREEN");

		complete(current(), withVariables(VAR_DEPARTMENT_DECISION, "RETURN"));

		assertThat(current().getTaskDefinitionKey()).isEqualTo(TASK_FILE);
	}

	@Test
	void shouldEscalateAnOverdueReportToTheDepartmentHeadWithoutHoldingUpThePeriod() {
		ProcessInstance period = start(false);
		open();

		execute(jobQuery().activityId(TIMER_OVERDUE).singleResult());

		verify(this.reports).markOverdue(any());
		Task chase = task(TASK_CHASE);
		BpmnAwareTests.assertThat(chase).hasCandidateGroup("org-edu");
		assertThat(task(TASK_FILE)).as("the report can still be filed").isNotNull();
		file("NONE", "GREEN");
		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_COMPLETED);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).count()).isZero();
	}

	@Test
	void shouldLetFinanceClassifyTheDeviationOfAKeyMonitoredItem() {
		when(this.reports.isKeyMonitored(7L)).thenReturn(true);
		ProcessInstance period = start(false);
		open();
		file("NONE", "RED");

		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_KEY_REVIEW).hasCandidateGroup("finance-performance");
		complete(current(), withVariables(VAR_DEVIATION_CLASS, "NONE"));

		BpmnAwareTests.assertThat(period).isEnded().hasNotPassed(TASK_CLASSIFY, TASK_PROPOSE_RECOVERY);
	}

	@Test
	void shouldReallocateBudgetWithATargetAdjustmentForAnObjectiveCause() {
		ProcessInstance period = start(false);
		open();

		file("OBJECTIVE_CAUSE", "YELLOW");

		verify(this.deviations).openAdjustment(any());
		BpmnAwareTests.assertThat(period).isWaitingAt(CALL_ADJUST);
		Task fill = current();
		assertThat(fill.getTaskDefinitionKey()).isEqualTo("Task_FillTargets");
		BpmnAwareTests.assertThat(fill).hasCandidateGroup("org-edu");
		complete(fill);
		complete(current(), withVariables("targetGrade", "EXCELLENT"));
		complete(current(), withVariables("budgetDecision", "APPROVE"));
		BpmnAwareTests.assertThat(period).isEnded().hasPassed(CALL_ADJUST, END_COMPLETED);
	}

	@Test
	void shouldSuspendPaymentOpenARectificationAndRecoverWhenItFails() {
		ProcessInstance period = start(false);
		open();
		file("SERIOUS_PROBLEM", "GREEN");

		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_PAYMENT_ACTION).hasCandidateGroup("finance-budget");
		complete(current(), withVariables(VAR_PAYMENT_ACTION, "SUSPEND"));
		BpmnAwareTests.assertThat(period).isWaitingAt(TASK_RECORD_PAYMENT_ACTION);
		execute(jobQuery().activityId(TASK_RECORD_PAYMENT_ACTION).singleResult());
		verify(this.funds).record(any(), eq("PAYMENT_ACTION"));

		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_RECTIFY).hasCandidateGroup("org-edu");
		complete(current());
		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_VERIFY).hasCandidateGroup("finance-performance");
		complete(current(), withVariables(VAR_RECTIFICATION_RESULT, "FAILED"));
		execute(jobQuery().activityId(TASK_RECOVER_REMAINING).singleResult());

		verify(this.funds).record(any(), eq("RECOVER_REMAINING"));
		verify(this.funds, never()).record(any(), eq("RESUME"));
		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_RECOVERED);
	}

	@Test
	void shouldResumePaymentWhenTheRectificationPasses() {
		ProcessInstance period = start(false);
		open();
		file("SERIOUS_PROBLEM", "GREEN");
		complete(current(), withVariables(VAR_PAYMENT_ACTION, "SUSPEND"));
		execute(jobQuery().activityId(TASK_RECORD_PAYMENT_ACTION).singleResult());
		complete(current());

		complete(current(), withVariables(VAR_RECTIFICATION_RESULT, "PASSED"));
		execute(jobQuery().activityId(TASK_RESUME).singleResult());

		verify(this.funds).record(any(), eq("RESUME"));
		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_COMPLETED).hasNotPassed(TASK_RECOVER_REMAINING);
	}

	@Test
	void shouldRecoverTheFundsWhenTheRectificationDeadlinePasses() {
		ProcessInstance period = start(false);
		open();
		file("SERIOUS_PROBLEM", "GREEN");
		complete(current(), withVariables(VAR_PAYMENT_ACTION, "SUSPEND"));
		execute(jobQuery().activityId(TASK_RECORD_PAYMENT_ACTION).singleResult());

		execute(jobQuery().activityId(TIMER_RECTIFICATION).singleResult());
		execute(jobQuery().activityId(TASK_RECOVER_REMAINING).singleResult());

		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_RECOVERED).hasNotPassed(TASK_VERIFY);
	}

	@Test
	void shouldRecoverAtOnceWhenPaymentIsStopped() {
		ProcessInstance period = start(false);
		open();
		file("SERIOUS_PROBLEM", "GREEN");

		complete(current(), withVariables(VAR_PAYMENT_ACTION, "STOP"));
		execute(jobQuery().activityId(TASK_RECORD_PAYMENT_ACTION).singleResult());
		execute(jobQuery().activityId(TASK_RECOVER_REMAINING).singleResult());

		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_RECOVERED).hasNotPassed(TASK_RECTIFY);
	}

	@Test
	void shouldProposeAProportionalRecoveryForSlowExecutionAndRecordItWhenConfirmed() {
		ProcessInstance period = start(false);
		open();

		file("NONE", "RED");

		verify(this.reports).proposeRecovery(any());
		BpmnAwareTests.assertThat(current()).hasDefinitionKey(TASK_CONFIRM_RECOVERY).hasCandidateGroup("finance-budget");
		complete(current(), withVariables(VAR_RECOVERY_DECISION, "CONFIRM"));
		execute(jobQuery().activityId(TASK_RECORD_RECOVERY).singleResult());
		verify(this.funds).record(any(), eq("RECOVER_CONFIRMED"));
		BpmnAwareTests.assertThat(period).isEnded().hasPassed(END_COMPLETED);
	}

	@Test
	void shouldRecoverNothingWhenTheBudgetOfficeDeclines() {
		ProcessInstance period = start(false);
		open();
		file("NONE", "RED");

		complete(current(), withVariables(VAR_RECOVERY_DECISION, "DECLINE"));

		BpmnAwareTests.assertThat(period).isEnded().hasNotPassed(TASK_RECORD_RECOVERY);
		verify(this.funds, never()).record(any(), anyString());
	}

	private static void open() {
		execute(jobQuery().activityId(TIMER_OPENS).singleResult());
	}

	private static void file(String cause, String light) {
		complete(task(TASK_FILE), withVariables(VAR_DECLARED_CAUSE, cause, VAR_LIGHT, light));
	}

	private static Task current() {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).list();
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static Task task(String key) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(CODE)
			.taskDefinitionKey(key)
			.singleResult();
	}

	private static ProcessInstance start(boolean hasUnit) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(KEY, CODE,
					Map.of(VAR_ITEM_ID, 7L, VAR_PERIOD_ID, 3L, VAR_FILLER_GROUP, hasUnit ? "org-edu-school1" : "org-edu",
							VAR_DEPARTMENT_GROUP, "org-edu", VAR_HAS_UNIT, hasUnit));
	}

}
