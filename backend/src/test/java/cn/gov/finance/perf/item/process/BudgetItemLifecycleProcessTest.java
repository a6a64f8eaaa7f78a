package cn.gov.finance.perf.item.process;

import static cn.gov.finance.perf.item.process.BudgetItemLifecycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.assessment.process.AssessmentOutcomes;
import cn.gov.finance.perf.target.process.TargetOutcomes;
import cn.gov.finance.perf.target.process.TargetSheetOpener;
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
import org.mockito.InOrder;

/**
 * processes/lifecycle/BudgetItemLifecycleProcess.bpmn with the real stage processes and decision
 * tables: the assessment gate, the target gate, and the chain through to result application.
 */
@Deployment(resources = { "processes/lifecycle/BudgetItemLifecycleProcess.bpmn",
		"processes/lifecycle/AssessmentRequirement.dmn", "processes/assessment/ExAnteAssessmentProcess.bpmn",
		"processes/target/TargetCompilationProcess.bpmn", "processes/target/TargetGradeRouting.dmn",
		"stubs/ExecutionMonitoringProcess.bpmn", "stubs/CompletionEvaluationProcess.bpmn",
		"stubs/ResultApplicationProcess.bpmn" })
class BudgetItemLifecycleProcessTest {

	static final String CODE = "XM2027-0042";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final ItemLifecycle lifecycle = mock(ItemLifecycle.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("itemLifecycle", this.lifecycle);
		Mocks.register("assessmentOutcomes", mock(AssessmentOutcomes.class));
		Mocks.register("targetSheetOpener", mock(TargetSheetOpener.class));
		Mocks.register("targetOutcomes", mock(TargetOutcomes.class));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldRunANewProjectThroughEveryStageToResultApplication() {
		ProcessInstance item = start("PROJECT", "NEW", false);
		assertThat(current().getTaskDefinitionKey()).isEqualTo("Task_FillAssessment");

		passAssessment();
		passTargets();

		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_MONITORING);
		releaseStage();
		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_EVALUATION);
		releaseStage();
		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_APPLICATION);
		releaseStage();

		BpmnAwareTests.assertThat(item).isEnded().hasPassed(TASK_ENTER_LIBRARY, END_RESULT_APPLIED);
		InOrder order = inOrder(this.lifecycle);
		order.verify(this.lifecycle).enterStage(any(), eq("ASSESSMENT"));
		order.verify(this.lifecycle).enterLibrary(any());
		order.verify(this.lifecycle).enterStage(any(), eq("TARGET_COMPILATION"));
		order.verify(this.lifecycle).enterStage(any(), eq("MONITORING"));
		order.verify(this.lifecycle).enterStage(any(), eq("EVALUATION"));
		order.verify(this.lifecycle).enterStage(any(), eq("RESULT_APPLICATION"));
		order.verify(this.lifecycle).close(any(), eq("COMPLETED"));
	}

	@Test
	void shouldEndNotEligibleWithoutLibraryOrBudgetWhenTheAssessmentIsNotSupported() {
		ProcessInstance item = start("PROJECT", "NEW", false);
		complete(current());

		complete(current(), withVariables("assessmentDecision", "NOT_SUPPORTED"));

		BpmnAwareTests.assertThat(item).isEnded().hasPassed(END_NOT_ELIGIBLE).hasNotPassed(TASK_ENTER_LIBRARY, CALL_TARGETS);
		verify(this.lifecycle).close(any(), eq("NOT_ELIGIBLE"));
		verify(this.lifecycle, never()).enterLibrary(any());
	}

	@Test
	void shouldSkipTheAssessmentForADepartmentOverallBudget() {
		ProcessInstance item = start("DEPARTMENT_OVERALL", "NEW", false);

		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_TARGETS).hasNotPassed(CALL_ASSESSMENT).hasPassed(TASK_ENTER_LIBRARY);
		assertThat(current().getTaskDefinitionKey()).isEqualTo("Task_FillTargets");
	}

	@Test
	void shouldSkipTheAssessmentForAContinuingItemThatDoesNotExpire() {
		ProcessInstance item = start("PROJECT", "CONTINUING", false);

		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_TARGETS).hasNotPassed(CALL_ASSESSMENT);
	}

	@Test
	void shouldAssessAnExpiringItemProposedToContinue() {
		ProcessInstance item = start("POLICY", "CONTINUING", true);

		BpmnAwareTests.assertThat(item).isWaitingAt(CALL_ASSESSMENT);
	}

	@Test
	void shouldEndNotFundedWhenTheTargetIsGradedPoor() {
		ProcessInstance item = start("DEPARTMENT_OVERALL", "NEW", false);
		complete(current());

		complete(current(), withVariables("targetGrade", "POOR"));

		BpmnAwareTests.assertThat(item).isEnded().hasPassed(END_NOT_FUNDED).hasNotPassed(CALL_MONITORING);
		verify(this.lifecycle).close(any(), eq("NOT_FUNDED"));
	}

	@Test
	void shouldEndNotFundedWhenTheBudgetIsNotApproved() {
		ProcessInstance item = start("DEPARTMENT_OVERALL", "NEW", false);
		complete(current());
		complete(current(), withVariables("targetGrade", "EXCELLENT"));

		complete(current(), withVariables("budgetDecision", "REJECT"));

		BpmnAwareTests.assertThat(item).isEnded().hasPassed(END_NOT_FUNDED);
		verify(this.lifecycle, never()).close(any(), eq("COMPLETED"));
		verify(this.lifecycle, never()).enterStage(any(), eq("MONITORING"));
	}

	@Test
	void shouldNotCloseAnItemWhileItIsInItsStages() {
		start("PROJECT", "NEW", false);
		passAssessment();
		verify(this.lifecycle, never()).close(any(), anyString());
	}

	private void passAssessment() {
		complete(current());
		complete(current(), withVariables("assessmentDecision", "SUPPORTED"));
	}

	private void passTargets() {
		assertThat(current().getTaskDefinitionKey()).isEqualTo("Task_FillTargets");
		complete(current());
		complete(current(), withVariables("targetGrade", "EXCELLENT"));
		complete(current(), withVariables("budgetDecision", "APPROVE"));
	}

	private static void releaseStage() {
		engine.getRuntimeService().createMessageCorrelation("StageReleased").processInstanceBusinessKey(CODE).correlate();
	}

	private static Task current() {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE).singleResult();
	}

	private static ProcessInstance start(String kind, String continuity, boolean expiring) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_ITEM_ID, 42L);
		variables.put(VAR_ITEM_KIND, kind);
		variables.put(VAR_CONTINUITY, continuity);
		variables.put(VAR_EXPIRING, expiring);
		variables.put(VAR_ASSESSOR_GROUP, "org-edu");
		variables.put(VAR_FILLER_GROUP, "org-edu");
		variables.put(VAR_DEPARTMENT_GROUP, "org-edu");
		variables.put(VAR_HAS_UNIT, false);
		return engine.getRuntimeService().startProcessInstanceByKey(KEY, CODE, variables);
	}

}
