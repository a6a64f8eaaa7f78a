package cn.gov.finance.perf.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;

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

/** Every path of processes/application/ResultApplicationProcess.bpmn. */
@Deployment(resources = "processes/application/ResultApplicationProcess.bpmn")
class ResultApplicationProcessTest {

	static final String CODE = "XM2027-0102";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final ResultApplications applications = mock(ResultApplications.class);

	private final Date feedbackDue = new Date(ClockUtil.getCurrentTime().getTime() + 20L * 86_400_000L);

	private final Date planDue = new Date(ClockUtil.getCurrentTime().getTime() + 50L * 86_400_000L);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		when(this.applications.feedbackDue(anyLong())).thenReturn(this.feedbackDue);
		when(this.applications.planDue(anyLong())).thenReturn(this.planDue);
		Mocks.register("resultApplications", this.applications);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldFeedBackThenTrackTheRectificationToClosureAndLinkTheBudget() {
		ProcessInstance application = start();
		verify(this.applications).open(any());
		Task feedback = task("Task_SendFeedback");
		BpmnAwareTests.assertThat(feedback).hasCandidateGroup("finance-performance");
		assertThat(feedback.getDueDate()).isEqualTo(this.feedbackDue);
		BpmnAwareTests.assertThat(task("Task_ConfirmLinkage")).hasCandidateGroup("finance-budget");

		complete(feedback);
		Task plan = task("Task_RectificationPlan");
		BpmnAwareTests.assertThat(plan).hasCandidateGroup("org-edu");
		assertThat(plan.getDueDate()).isEqualTo(this.planDue);
		complete(plan);
		complete(task("Task_CloseRectification"));
		complete(task("Task_VerifyClosure"), withVariables("closureVerdict", "REOPEN"));
		complete(task("Task_CloseRectification"));
		complete(task("Task_VerifyClosure"), withVariables("closureVerdict", "CLOSED"));
		BpmnAwareTests.assertThat(application).isWaitingAt("Task_ConfirmLinkage");
		complete(task("Task_ConfirmLinkage"));

		BpmnAwareTests.assertThat(application).isEnded().hasPassed("Task_CloseApplication", "EndEvent_ResultApplied");
		verify(this.applications).close(any());
	}

	@Test
	void shouldFlagLateFeedbackAndLatePlans() {
		start();

		execute(jobQuery().activityId("Timer_FeedbackOverdue").singleResult());
		verify(this.applications).markOverdue(any(), eq("FEEDBACK"));
		complete(task("Task_SendFeedback"));
		execute(jobQuery().activityId("Timer_PlanOverdue").singleResult());
		verify(this.applications).markOverdue(any(), eq("PLAN"));
		assertThat(task("Task_RectificationPlan")).as("the plan is still expected").isNotNull();
	}

	private static Task task(String key) {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).taskDefinitionKey(key).singleResult();
	}

	private static ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("ResultApplicationProcess", CODE, Map.of("itemId", 9L, "departmentGroup", "org-edu"));
	}

}
