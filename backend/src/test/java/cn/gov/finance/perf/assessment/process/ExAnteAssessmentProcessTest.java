package cn.gov.finance.perf.assessment.process;

import static cn.gov.finance.perf.assessment.process.ExAnteAssessmentProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/assessment/ExAnteAssessmentProcess.bpmn. */
@Deployment(resources = "processes/assessment/ExAnteAssessmentProcess.bpmn")
class ExAnteAssessmentProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final AssessmentOutcomes outcomes = mock(AssessmentOutcomes.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("assessmentOutcomes", this.outcomes);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldOfferTheFillTaskToTheAssessorGroup() {
		ProcessInstance instance = start("org-edu");

		assertThat(instance).isWaitingAt(TASK_FILL);
		assertThat(task(instance)).hasCandidateGroup("org-edu").hasFormKey("app:assessment/fill");
	}

	@Test
	void shouldEndSupportedWhenFinanceSupports() {
		ProcessInstance instance = start("org-edu");
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_REVIEW);
		assertThat(task(instance)).hasCandidateGroup("finance-performance");

		complete(task(instance), withVariables(VAR_DECISION, "SUPPORTED"));

		assertThat(instance).isEnded().hasPassed(END_SUPPORTED).hasNotPassed(END_NOT_SUPPORTED);
		verify(this.outcomes).record(any(), eq("SUPPORTED"));
	}

	@Test
	void shouldReturnToAssessorWhenFinanceSupportsAfterAdjustment() {
		ProcessInstance instance = start("investment");
		complete(task(instance));

		complete(task(instance), withVariables(VAR_DECISION, "ADJUST"));

		assertThat(instance).isWaitingAt(TASK_FILL);
		assertThat(task(instance)).hasCandidateGroup("investment");
		verify(this.outcomes, never()).record(any(), anyString());

		complete(task(instance));
		complete(task(instance), withVariables(VAR_DECISION, "SUPPORTED"));
		assertThat(instance).isEnded().hasPassed(END_SUPPORTED);
		verify(this.outcomes).record(any(), eq("SUPPORTED"));
	}

	@Test
	void shouldEndNotSupportedWhenFinanceRejects() {
		ProcessInstance instance = start("org-health");
		complete(task(instance));

		complete(task(instance), withVariables(VAR_DECISION, "NOT_SUPPORTED"));

		assertThat(instance).isEnded().hasPassed(END_NOT_SUPPORTED).hasNotPassed(END_SUPPORTED);
		verify(this.outcomes).record(any(), eq("NOT_SUPPORTED"));
	}

	@Test
	void shouldAskTheCommissionedThirdPartyBeforeFinanceDecides() {
		ProcessInstance instance = start("org-edu");
		complete(task(instance));

		complete(task(instance), withVariables(VAR_DECISION, "COMMISSION_THIRD_PARTY", VAR_THIRD_PARTY_GROUP,
				"org-tp-zhengxin"));

		assertThat(instance).isWaitingAt(TASK_THIRD_PARTY);
		assertThat(task(instance)).hasCandidateGroup("org-tp-zhengxin").hasFormKey("app:assessment/third-party");
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_REVIEW);
		complete(task(instance), withVariables(VAR_DECISION, "SUPPORTED"));
		assertThat(instance).isEnded().hasPassed(TASK_THIRD_PARTY, END_SUPPORTED);
	}

	private static ProcessInstance start(String assessorGroup) {
		RuntimeService runtime = engine.getRuntimeService();
		return runtime.startProcessInstanceByKey(KEY, "XM2027-0001",
				Map.of(VAR_ITEM_ID, 42L, VAR_ASSESSOR_GROUP, assessorGroup));
	}

}
