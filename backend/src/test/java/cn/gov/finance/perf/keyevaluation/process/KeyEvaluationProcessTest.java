package cn.gov.finance.perf.keyevaluation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

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

/** Every path of processes/keyevaluation/KeyEvaluationProcess.bpmn with the real grade table. */
@Deployment(resources = { "processes/keyevaluation/KeyEvaluationProcess.bpmn", "processes/evaluation/EvaluationGrade.dmn" })
class KeyEvaluationProcessTest {

	static final String CODE = "XM2030-0042";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final KeyEvaluations keyEvaluations = mock(KeyEvaluations.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("keyEvaluations", this.keyEvaluations);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldHaveAThirdPartyReportAndEveryExpertScoreBeforeFinanceApproves() {
		ProcessInstance evaluation = start();
		verify(this.keyEvaluations).start(any());
		BpmnAwareTests.assertThat(tasks().get(0)).hasDefinitionKey("Task_PlanKeyEvaluation").hasCandidateGroup("finance-performance");

		complete(tasks().get(0), withVariables("evaluatorGroup", "org-tp-zhengxin", "experts", List.of("expert", "expert2")));
		BpmnAwareTests.assertThat(tasks().get(0)).hasDefinitionKey("Task_EvaluateAndReport").hasCandidateGroup("org-tp-zhengxin");
		complete(tasks().get(0));

		List<Task> experts = tasks();
		assertThat(experts).extracting(Task::getTaskDefinitionKey).containsOnly("Task_ExpertScore");
		assertThat(experts).extracting(Task::getAssignee).containsExactlyInAnyOrder("expert", "expert2");
		complete(experts.get(0));
		assertThat(tasks()).hasSize(1);
		complete(tasks().get(0));

		BpmnAwareTests.assertThat(tasks().get(0)).hasDefinitionKey("Task_ApproveKeyEvaluation").hasCandidateGroup("finance-performance");
		complete(tasks().get(0), withVariables("approvalDecision", "APPROVE", "totalScore", 59.99));

		BpmnAwareTests.assertThat(evaluation).isEnded().hasPassed("Task_GradeKeyEvaluation", "Task_FixKeyEvaluation")
			.variables().containsEntry("keyEvaluationGrade", "POOR");
		verify(this.keyEvaluations).fix(any());
	}

	@Test
	void shouldSkipExpertsWhenNoneAreEngagedAndReturnTheReportForRevision() {
		ProcessInstance evaluation = start();
		complete(tasks().get(0), withVariables("evaluatorGroup", "finance-performance", "experts", List.of()));
		complete(tasks().get(0));
		BpmnAwareTests.assertThat(tasks().get(0)).hasDefinitionKey("Task_ApproveKeyEvaluation");

		complete(tasks().get(0), withVariables("approvalDecision", "RETURN"));

		BpmnAwareTests.assertThat(tasks().get(0)).hasDefinitionKey("Task_EvaluateAndReport").hasCandidateGroup("finance-performance");
		verify(this.keyEvaluations, never()).fix(any());
		complete(tasks().get(0));
		complete(tasks().get(0), withVariables("approvalDecision", "APPROVE", "totalScore", 90.0));
		BpmnAwareTests.assertThat(evaluation).isEnded().hasNotPassed("Task_ExpertScore")
			.variables().containsEntry("keyEvaluationGrade", "EXCELLENT");
	}

	private static List<Task> tasks() {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).list();
	}

	private static ProcessInstance start() {
		return engine.getRuntimeService().startProcessInstanceByKey("KeyEvaluationProcess", CODE, Map.of("itemId", 42L));
	}

}
