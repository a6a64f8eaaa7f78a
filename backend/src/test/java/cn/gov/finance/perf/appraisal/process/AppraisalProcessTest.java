package cn.gov.finance.perf.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

/**
 * Every path of processes/appraisal/AppraisalProcess.bpmn and AppraisalInterviewProcess.bpmn:
 * scoring and its revision, circulation, one interview per poor body in parallel, rectification
 * sent back and accepted, and the overdue flag that holds nothing up.
 */
@Deployment(resources = { "processes/appraisal/AppraisalProcess.bpmn", "processes/appraisal/AppraisalInterviewProcess.bpmn" })
class AppraisalProcessTest {

	static final String KEY = "AP-TEST";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final Appraisals appraisals = mock(Appraisals.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		when(this.appraisals.groupOf(anyLong())).thenAnswer(call -> "org-body" + call.getArgument(0));
		when(this.appraisals.labelOf(anyLong())).thenAnswer(call -> "单位" + call.getArgument(0));
		when(this.appraisals.businessKey(anyLong())).thenAnswer(call -> KEY + "-" + call.getArgument(0));
		when(this.appraisals.rectifyDue(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		Mocks.register("appraisals", this.appraisals);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldReviseTheScoresThenCirculateAndCloseWhenNoBodyIsPoor() {
		ProcessInstance round = start();
		BpmnAwareTests.assertThat(round).task("Task_ScoreAppraisal").hasCandidateGroup("finance-performance");
		complete(task(KEY));
		BpmnAwareTests.assertThat(round).task("Task_Circulate").hasCandidateGroup("finance-performance");
		complete(task(KEY), withVariables("circulationDecision", "REVISE"));
		BpmnAwareTests.assertThat(round).isWaitingAt("Task_ScoreAppraisal");
		complete(task(KEY));
		complete(task(KEY), withVariables("circulationDecision", "CIRCULATE", "poorEntryIds", new ArrayList<Long>()));

		BpmnAwareTests.assertThat(round).isEnded().hasPassed("Task_Close");
		verify(this.appraisals).close(any());
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("AppraisalInterviewProcess").count())
			.isZero();
	}

	@Test
	void shouldInterviewEveryPoorBodyAndCloseOnlyWhenAllHaveRectified() {
		ProcessInstance round = start();
		complete(task(KEY));
		complete(task(KEY), withVariables("circulationDecision", "CIRCULATE", "poorEntryIds", new ArrayList<>(List.of(7L, 8L))));

		BpmnAwareTests.assertThat(round).isWaitingAt("CallActivity_Interviews");
		Task interview7 = task(KEY + "-7");
		BpmnAwareTests.assertThat(interview7).hasDefinitionKey("Task_Interview").hasCandidateGroup("finance-performance");
		assertThat(engine.getRuntimeService().getVariable(interview7.getProcessInstanceId(), "subjectLabel")).isEqualTo("单位7");
		complete(interview7);
		Task rectify7 = task(KEY + "-7");
		BpmnAwareTests.assertThat(rectify7).hasDefinitionKey("Task_Rectify").hasCandidateGroup("org-body7");
		assertThat(rectify7.getDueDate()).isNotNull();
		complete(rectify7);
		BpmnAwareTests.assertThat(task(KEY + "-7")).hasDefinitionKey("Task_VerifyRectification");
		complete(task(KEY + "-7"), withVariables("verificationDecision", "RETURN"));
		BpmnAwareTests.assertThat(task(KEY + "-7")).hasDefinitionKey("Task_Rectify");
		complete(task(KEY + "-7"));
		complete(task(KEY + "-7"), withVariables("verificationDecision", "ACCEPT"));
		assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(KEY + "-7").count()).isZero();

		// The other body is still rectifying: the round stays open.
		BpmnAwareTests.assertThat(round).isWaitingAt("CallActivity_Interviews");
		verify(this.appraisals, never()).close(any());
		complete(task(KEY + "-8"));
		complete(task(KEY + "-8"));
		complete(task(KEY + "-8"), withVariables("verificationDecision", "ACCEPT"));
		BpmnAwareTests.assertThat(round).isEnded();
		verify(this.appraisals).close(any());
		verify(this.appraisals, never()).markOverdue(any());
	}

	@Test
	void shouldFlagAnOverdueRectificationWithoutHoldingItUp() {
		ProcessInstance round = start();
		complete(task(KEY));
		complete(task(KEY), withVariables("circulationDecision", "CIRCULATE", "poorEntryIds", new ArrayList<>(List.of(9L))));
		complete(task(KEY + "-9"));
		ProcessInstance interview = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(KEY + "-9")
			.singleResult();

		execute(jobQuery().processInstanceId(interview.getId()).singleResult());

		verify(this.appraisals, times(1)).markOverdue(any());
		BpmnAwareTests.assertThat(task(KEY + "-9")).hasDefinitionKey("Task_Rectify");
		complete(task(KEY + "-9"));
		complete(task(KEY + "-9"), withVariables("verificationDecision", "ACCEPT"));
		BpmnAwareTests.assertThat(interview).isEnded();
		BpmnAwareTests.assertThat(round).isEnded();
	}

	private static Task task(String businessKey) {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list();
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("AppraisalProcess", KEY, Map.of("appraisalId", 3L, "subjectLabel", "2036 年度考核"));
	}

}
