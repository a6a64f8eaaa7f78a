package cn.gov.finance.perf.monitoring.process;

import static cn.gov.finance.perf.monitoring.process.ExecutionMonitoringProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;

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

/** processes/monitoring/ExecutionMonitoringProcess.bpmn: the calendar's periods in order, and the pass-down deadline. */
@Deployment(resources = { "processes/monitoring/ExecutionMonitoringProcess.bpmn",
		"processes/monitoring/MonitoringPeriodProcess.bpmn", "processes/monitoring/DeviationRouting.dmn" })
class ExecutionMonitoringProcessTest {

	static final String CODE = "ZY2027-0005";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final MonitoringCalendar calendar = mock(MonitoringCalendar.class);

	private final MonitoringReports reports = mock(MonitoringReports.class);

	private final FundActions funds = mock(FundActions.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable(VAR_PERIOD_IDS, List.of(11L, 12L));
			return null;
		}).when(this.calendar).load(any());
		when(this.calendar.opensAt(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() - 1000));
		when(this.calendar.dueAt(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		Mocks.register("monitoringCalendar", this.calendar);
		Mocks.register("monitoringReports", this.reports);
		Mocks.register("monitoringDeviations", mock(MonitoringDeviations.class));
		Mocks.register("fundActions", this.funds);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldMonitorEveryPeriodOfTheCalendarInTurn() {
		ProcessInstance monitoring = start();
		BpmnAwareTests.assertThat(monitoring).isWaitingAt(TASK_LOAD_CALENDAR);
		execute(jobQuery().activityId(TASK_LOAD_CALENDAR).singleResult());

		fileCurrentPeriod();
		BpmnAwareTests.assertThat(monitoring).isWaitingAt(CALL_PERIODS);
		fileCurrentPeriod();

		BpmnAwareTests.assertThat(monitoring).isEnded().hasPassed(END_COMPLETED).hasNotPassed(TASK_PASS_DOWN);
		verify(this.reports, org.mockito.Mockito.times(2)).open(any());
	}

	@Test
	void shouldRecoverAllFundsNotPassedDownByTheirDueDate() {
		when(this.calendar.passDownDue(7L)).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		ProcessInstance monitoring = start();
		Task passDown = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_PASS_DOWN).singleResult();
		BpmnAwareTests.assertThat(passDown).hasCandidateGroup("org-health");

		execute(jobQuery().activityId(TIMER_PASS_DOWN).singleResult());
		execute(jobQuery().activityId(TASK_RECOVER_UNPASSED).singleResult());

		verify(this.funds).record(any(), eq("RECOVER_UNPASSED"));
		BpmnAwareTests.assertThat(monitoring).hasPassed(TASK_RECOVER_UNPASSED);
		assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_PASS_DOWN).count()).isZero();
	}

	@Test
	void shouldRecoverNothingWhenTheFundsArePassedDownInTime() {
		when(this.calendar.passDownDue(7L)).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		ProcessInstance monitoring = start();

		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_PASS_DOWN).singleResult());

		assertThat(jobQuery().activityId(TIMER_PASS_DOWN).count()).isZero();
		verify(this.funds, never()).record(any(), eq("RECOVER_UNPASSED"));
		execute(jobQuery().activityId(TASK_LOAD_CALENDAR).singleResult());
		fileCurrentPeriod();
		fileCurrentPeriod();
		BpmnAwareTests.assertThat(monitoring).isEnded().hasPassed(TASK_PASS_DOWN).hasNotPassed(TASK_RECOVER_UNPASSED);
	}

	private static void fileCurrentPeriod() {
		execute(jobQuery().activityId(MonitoringPeriodProcess.TIMER_OPENS).singleResult());
		Task file = engine.getTaskService().createTaskQuery().taskDefinitionKey(MonitoringPeriodProcess.TASK_FILE).singleResult();
		complete(file, withVariables(MonitoringPeriodProcess.VAR_DECLARED_CAUSE, "NONE", MonitoringPeriodProcess.VAR_LIGHT,
				"GREEN"));
	}

	private static ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(KEY, CODE, Map.of("itemId", 7L, "fillerGroup", "org-health", "departmentGroup",
					"org-health", "hasUnit", false));
	}

}
