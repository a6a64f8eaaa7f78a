package cn.gov.finance.perf.target.process;

import static cn.gov.finance.perf.target.process.TargetCompilationProcess.*;
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

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/target/TargetCompilationProcess.bpmn with the real grade-routing table. */
@Deployment(resources = { "processes/target/TargetCompilationProcess.bpmn", "processes/target/TargetGradeRouting.dmn" })
class TargetCompilationProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final TargetOutcomes outcomes = mock(TargetOutcomes.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("targetOutcomes", this.outcomes);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldApproveBudgetAndTargetWhenUnitFillsDepartmentPassesAndFinanceGradesExcellent() {
		ProcessInstance instance = start(true);
		assertThat(task(instance)).hasDefinitionKey(TASK_FILL).hasCandidateGroup("org-edu-school1");
		complete(task(instance));
		assertThat(task(instance)).hasDefinitionKey(TASK_DEPARTMENT_REVIEW).hasCandidateGroup("org-edu");
		complete(task(instance), withVariables(VAR_DEPARTMENT_DECISION, "PASS"));
		assertThat(task(instance)).hasDefinitionKey(TASK_FINANCE_REVIEW).hasCandidateGroup("finance-performance");

		complete(task(instance), withVariables(VAR_GRADE, "EXCELLENT"));

		assertThat(task(instance)).hasDefinitionKey(TASK_BUDGET_APPROVAL).hasCandidateGroup("finance-budget");
		complete(task(instance), withVariables(VAR_BUDGET_DECISION, "APPROVE"));
		assertThat(instance).isEnded().hasPassed(END_APPROVED).variables().containsEntry(VAR_ROUTE, "PROCEED");
		verify(this.outcomes).record(any(), eq("APPROVED"));
	}

	@Test
	void shouldReturnTargetsToTheUnitWhenTheDepartmentReturnsThem() {
		ProcessInstance instance = start(true);
		complete(task(instance));

		complete(task(instance), withVariables(VAR_DEPARTMENT_DECISION, "RETURN"));

		assertThat(task(instance)).hasDefinitionKey(TASK_FILL).hasCandidateGroup("org-edu-school1");
	}

	@Test
	void shouldGoStraightToFinanceWhenTheDepartmentFillsItself() {
		ProcessInstance instance = start(false);
		complete(task(instance));

		assertThat(instance).isWaitingAt(TASK_FINANCE_REVIEW).hasNotPassed(TASK_DEPARTMENT_REVIEW);
	}

	@Test
	void shouldLetTheDepartmentRefineGoodTargetsThenProceedToBudget() {
		ProcessInstance instance = atFinanceReview();

		complete(task(instance), withVariables(VAR_GRADE, "GOOD"));

		assertThat(task(instance)).hasDefinitionKey(TASK_REFINE).hasCandidateGroup("org-edu");
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_BUDGET_APPROVAL);
	}

	@Test
	void shouldReturnTargetToDepartmentWhenGradedZhongAndReviewItAgain() {
		ProcessInstance instance = atFinanceReview();

		complete(task(instance), withVariables(VAR_GRADE, "FAIR"));

		assertThat(task(instance)).hasDefinitionKey(TASK_REVISE).hasCandidateGroup("org-edu");
		complete(task(instance));
		assertThat(task(instance)).hasDefinitionKey(TASK_FINANCE_REVIEW);
		complete(task(instance), withVariables(VAR_GRADE, "EXCELLENT"));
		assertThat(instance).isWaitingAt(TASK_BUDGET_APPROVAL).hasPassed(TASK_REVISE);
	}

	@Test
	void shouldStopTargetGradedCha() {
		ProcessInstance instance = atFinanceReview();

		complete(task(instance), withVariables(VAR_GRADE, "POOR"));

		assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_BUDGET_APPROVAL);
		verify(this.outcomes).record(any(), eq("REJECTED"));
		verify(this.outcomes, never()).record(any(), eq("APPROVED"));
	}

	@Test
	void shouldEndNotFundedWhenTheBudgetOfficeRejects() {
		ProcessInstance instance = atFinanceReview();
		complete(task(instance), withVariables(VAR_GRADE, "EXCELLENT"));

		complete(task(instance), withVariables(VAR_BUDGET_DECISION, "REJECT"));

		assertThat(instance).isEnded().hasPassed(END_NOT_APPROVED).hasNotPassed(END_APPROVED);
		verify(this.outcomes).record(any(), eq("NOT_FUNDED"));
	}

	@Test
	void shouldNotRecordAnythingWhileTheReviewIsUnderWay() {
		atFinanceReview();
		verify(this.outcomes, never()).record(any(), anyString());
	}

	private static ProcessInstance atFinanceReview() {
		ProcessInstance instance = start(false);
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_FINANCE_REVIEW);
		return instance;
	}

	private static ProcessInstance start(boolean hasUnit) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(KEY, "XM2027-0001",
					Map.of(VAR_ITEM_ID, 7L, VAR_SHEET_ID, 11L, VAR_FILLER_GROUP, hasUnit ? "org-edu-school1" : "org-edu",
							VAR_DEPARTMENT_GROUP, "org-edu", VAR_HAS_UNIT, hasUnit));
	}

}
