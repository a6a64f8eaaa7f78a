package cn.gov.finance.perf.evaluation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.keyevaluation.process.KeyEvaluations;
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

/** Every path of processes/evaluation/CompletionEvaluationProcess.bpmn with the real grade table. */
@Deployment(resources = { "processes/evaluation/CompletionEvaluationProcess.bpmn", "processes/evaluation/EvaluationGrade.dmn",
		"processes/keyevaluation/KeyEvaluationProcess.bpmn" })
class CompletionEvaluationProcessTest {

	static final String CODE = "XM2027-0101";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final EvaluationCalendar calendar = mock(EvaluationCalendar.class);

	private final SelfEvaluations evaluations = mock(SelfEvaluations.class);

	private final KeyEvaluations keyEvaluations = mock(KeyEvaluations.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		when(this.calendar.opensAt(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() - 1000));
		when(this.calendar.dueAt(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		Mocks.register("evaluationCalendar", this.calendar);
		Mocks.register("selfEvaluations", this.evaluations);
		Mocks.register("keyEvaluations", this.keyEvaluations);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldOpenOnTheEvaluationDateAndGradeTheResultAfterReviewAndRecheck() {
		ProcessInstance evaluation = start(true);
		BpmnAwareTests.assertThat(evaluation).isWaitingAt("Timer_EvaluationOpens");
		execute(jobQuery().activityId("Timer_EvaluationOpens").singleResult());
		verify(this.evaluations).open(any());
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_FillSelfEvaluation").hasCandidateGroup("org-edu-school1");

		complete(current(), withVariables("totalScore", 91.5));
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_DepartmentReviewSelfEvaluation").hasCandidateGroup("org-edu");
		complete(current(), withVariables("departmentDecision", "PASS"));
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_FinanceRecheck").hasCandidateGroup("finance-performance");
		complete(current(), withVariables("totalScore", 89.99));

		BpmnAwareTests.assertThat(evaluation).isEnded().hasPassed("Task_GradeResult", "EndEvent_ResultFixed")
			.hasNotPassed("CallActivity_KeyEvaluation")
			.variables().containsEntry("evaluationGrade", "GOOD");
		verify(this.evaluations).fix(any());
	}

	@Test
	void shouldRunTheKeyEvaluationOfADrawnItemBeforeFixingTheResult() {
		when(this.keyEvaluations.drawn(any())).thenReturn(true);
		ProcessInstance evaluation = start(false);
		execute(jobQuery().activityId("Timer_EvaluationOpens").singleResult());
		complete(current(), withVariables("totalScore", 95.0));
		complete(current(), withVariables("totalScore", 95.0));

		BpmnAwareTests.assertThat(evaluation).isWaitingAt("CallActivity_KeyEvaluation");
		ProcessInstance key = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("KeyEvaluationProcess")
			.singleResult();
		assertThat(key.getBusinessKey()).isEqualTo(CODE);
		assertThat(engine.getRuntimeService().getVariable(key.getId(), "itemId")).isEqualTo(5L);
		verify(this.evaluations, never()).fix(any());

		complete(current(), withVariables("evaluatorGroup", "finance-performance", "experts", List.of()));
		complete(current());
		complete(current(), withVariables("approvalDecision", "APPROVE", "totalScore", 88.0));

		BpmnAwareTests.assertThat(key).isEnded();
		verify(this.keyEvaluations).fix(any());
		BpmnAwareTests.assertThat(evaluation).isEnded().hasPassed("CallActivity_KeyEvaluation", "Task_FixResult")
			.variables().containsEntry("evaluationGrade", "EXCELLENT");
		verify(this.evaluations).fix(any());
	}

	@Test
	void shouldReturnTheSelfEvaluationToTheUnit() {
		start(true);
		execute(jobQuery().activityId("Timer_EvaluationOpens").singleResult());
		complete(current(), withVariables("totalScore", 70.0));

		complete(current(), withVariables("departmentDecision", "RETURN"));

		assertThat(current().getTaskDefinitionKey()).isEqualTo("Task_FillSelfEvaluation");
	}

	@Test
	void shouldEscalateAnOverdueSelfEvaluationWithoutHoldingItUp() {
		ProcessInstance evaluation = start(false);
		execute(jobQuery().activityId("Timer_EvaluationOpens").singleResult());

		execute(jobQuery().activityId("Timer_SelfEvaluationOverdue").singleResult());

		verify(this.evaluations).markOverdue(any());
		Task chase = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ChaseSelfEvaluation").singleResult();
		BpmnAwareTests.assertThat(chase).hasCandidateGroup("org-edu");
		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FillSelfEvaluation").singleResult(),
				withVariables("totalScore", 55.0));
		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FinanceRecheck").singleResult(),
				withVariables("totalScore", 55.0));
		BpmnAwareTests.assertThat(evaluation).isEnded().variables().containsEntry("evaluationGrade", "POOR");
		assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).count()).isZero();
	}

	private static Task current() {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).list();
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static ProcessInstance start(boolean hasUnit) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("CompletionEvaluationProcess", CODE, Map.of("itemId", 5L, "fillerGroup",
					hasUnit ? "org-edu-school1" : "org-edu", "departmentGroup", "org-edu", "hasUnit", hasUnit));
	}

}
