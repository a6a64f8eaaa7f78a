package cn.gov.finance.perf.target.process;

import static cn.gov.finance.perf.target.process.TargetCompilationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

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

/** processes/target/TargetAdjustmentProcess.bpmn: an adjusted version goes through the same review. */
@Deployment(resources = { "processes/target/TargetAdjustmentProcess.bpmn",
		"processes/target/TargetCompilationProcess.bpmn", "processes/target/TargetGradeRouting.dmn" })
class TargetAdjustmentProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("targetOutcomes", mock(TargetOutcomes.class));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldLetTheDepartmentReviseAndFinanceApproveTheAdjustedVersion() {
		ProcessInstance adjustment = start();
		Task fill = current();
		org.assertj.core.api.Assertions.assertThat(fill.getTaskDefinitionKey()).isEqualTo(TASK_FILL);
		assertThat(fill).hasCandidateGroup("org-edu");
		complete(fill);
		complete(current(), withVariables(VAR_GRADE, "EXCELLENT"));
		complete(current(), withVariables(VAR_BUDGET_DECISION, "APPROVE"));

		assertThat(adjustment).isEnded().hasPassed(TargetAdjustmentProcess.END_APPROVED);
	}

	@Test
	void shouldKeepTheApprovedTargetWhenTheAdjustmentIsGradedPoor() {
		ProcessInstance adjustment = start();
		complete(current());

		complete(current(), withVariables(VAR_GRADE, "POOR"));

		assertThat(adjustment).isEnded().hasPassed(TargetAdjustmentProcess.END_REJECTED)
			.hasNotPassed(TargetAdjustmentProcess.END_APPROVED);
	}

	@Test
	void shouldKeepTheApprovedTargetWhenTheBudgetOfficeRejectsTheAdjustment() {
		ProcessInstance adjustment = start();
		complete(current());
		complete(current(), withVariables(VAR_GRADE, "EXCELLENT"));

		complete(current(), withVariables(VAR_BUDGET_DECISION, "REJECT"));

		assertThat(adjustment).isEnded().hasPassed(TargetAdjustmentProcess.END_REJECTED);
	}

	private static Task current() {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey("XM2027-0009").singleResult();
	}

	private static ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(TargetAdjustmentProcess.KEY, "XM2027-0009",
					Map.of(VAR_ITEM_ID, 9L, VAR_SHEET_ID, 12L, VAR_DEPARTMENT_GROUP, "org-edu"));
	}

}
