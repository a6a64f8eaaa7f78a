package cn.gov.finance.perf.audit.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one path of processes/audit/AuditReviewProcess.bpmn: the audit office reviews, then closes. */
@Deployment(resources = "processes/audit/AuditReviewProcess.bpmn")
class AuditReviewProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine.getProcessEngine());
	}

	@Test
	void theAuditOfficeReviewsUntilItClosesTheReview() {
		ProcessInstance review = engine.getRuntimeService()
			.startProcessInstanceByKey("AuditReviewProcess", "P-2026-0001", Map.of("auditReviewId", 1L));
		assertThat(review).isWaitingAt("Task_AuditReview");
		assertThat(task(review)).hasCandidateGroup("audit").hasFormKey("app:audit/review");
		complete(task(review));
		assertThat(review).isEnded().hasPassed("EndEvent_Closed");
	}

}
