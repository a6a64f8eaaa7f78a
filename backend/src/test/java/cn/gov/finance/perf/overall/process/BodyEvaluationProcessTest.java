package cn.gov.finance.perf.overall.process;

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

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/overall/DepartmentEvaluationProcess.bpmn and
 * CountyFiscalEvaluationProcess.bpmn (one shape, two processes), with the real grade table.
 */
@Deployment(resources = { "processes/overall/DepartmentEvaluationProcess.bpmn",
		"processes/overall/CountyFiscalEvaluationProcess.bpmn", "processes/evaluation/EvaluationGrade.dmn" })
class BodyEvaluationProcessTest {

	static final String KEY = "BE-TEST";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private final BodyEvaluations evaluations = mock(BodyEvaluations.class);

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
		when(this.evaluations.reportDue(anyLong())).thenReturn(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
		Mocks.register("bodyEvaluations", this.evaluations);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DepartmentEvaluationProcess", "CountyFiscalEvaluationProcess" })
	void shouldScoreGradeAndConfirmTheLinkAfterAReturn(String process) {
		ProcessInstance evaluation = start(process);
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_SelfReport").hasCandidateGroup("org-subject");
		assertThat(current().getDueDate()).isNotNull();
		complete(current());
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_FinanceScore").hasCandidateGroup("finance-performance");

		complete(current(), withVariables("financeDecision", "RETURN"));
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_SelfReport");
		complete(current());
		complete(current(), withVariables("financeDecision", "SCORE", "totalScore", 79.99));

		BpmnAwareTests.assertThat(evaluation).variables().containsEntry("evaluationGrade", "FAIR");
		verify(this.evaluations).fix(any());
		BpmnAwareTests.assertThat(current()).hasDefinitionKey("Task_ConfirmLinkage").hasCandidateGroup("finance-budget");
		complete(current());
		BpmnAwareTests.assertThat(evaluation).isEnded().hasPassed("Task_Close");
		verify(this.evaluations).close(any());
		verify(this.evaluations, never()).markOverdue(any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "DepartmentEvaluationProcess", "CountyFiscalEvaluationProcess" })
	void shouldFlagAnOverdueReportAndAskFinanceToChaseWithoutHoldingItUp(String process) {
		ProcessInstance evaluation = start(process);

		execute(jobQuery().processInstanceId(evaluation.getId()).singleResult());

		verify(this.evaluations).markOverdue(any());
		Task chase = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ChaseSelfReport").singleResult();
		BpmnAwareTests.assertThat(chase).hasCandidateGroup("finance-performance");
		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_SelfReport").singleResult());
		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FinanceScore").singleResult(),
				withVariables("financeDecision", "SCORE", "totalScore", 90.0));
		complete(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ConfirmLinkage").singleResult());
		BpmnAwareTests.assertThat(evaluation).isEnded().variables().containsEntry("evaluationGrade", "EXCELLENT");
		assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(KEY).count()).isZero();
	}

	private static Task current() {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(KEY).list();
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static ProcessInstance start(String process) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(process, KEY, Map.of("evaluationId", 9L, "subjectGroup", "org-subject",
					"subjectLabel", "测试单位"));
	}

}
