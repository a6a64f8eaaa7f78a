package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.finance.perf.HttpBrowser;
import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's authorization checks for the webapps' users, over real HTTP: an administrator in Cockpit
 * reads the application's processes and tasks but cannot claim, write variables, cancel or suspend
 * them, and has neither Tasklist nor Admin; the application's own calls are not checked (the rest of the
 * suite completes tasks with the actor as Camunda's authenticated user) and write no task
 * authorizations; {@code /engine-rest} names its user in Camunda's operation log. Items of fiscal year
 * {@value #YEAR} belong to this class.
 */
@IntegrationTest
class EngineAuthorizationTest {

	static final int YEAR = 2099;

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private SliceApi api;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private AuthorizationService authorizationService;

	@Autowired
	private HistoryService historyService;

	@Autowired
	private ManagementService managementService;

	private Task fillTask() throws Exception {
		return this.taskService.createTaskQuery().taskId(this.api.newFillTask("edu", YEAR)).singleResult();
	}

	private String engineApi(String path) {
		return "/camunda/api/engine/engine/" + this.engine.getName() + path;
	}

	@Test
	void shouldGiveAnAdministratorCockpitOnlyWithReadAndRetry() throws Exception {
		HttpBrowser admin = new HttpBrowser(this.port).logIn("admin");
		HttpResponse<String> whoAmI = admin.webappUser(this.engine.getName());
		assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
		String apps = whoAmI.body().substring(whoAmI.body().indexOf("\"authorizedApps\""));
		assertThat(apps).contains("\"cockpit\"").doesNotContain("\"tasklist\"").doesNotContain("\"admin\"");
		assertThat(admin.send("GET", "/camunda/app/tasklist/" + this.engine.getName() + "/", null).statusCode())
			.as("Tasklist is not the administrator's")
			.isNotEqualTo(200);
	}

	@Test
	void shouldLetAnAdministratorReadButNotChangeTheApplicationsProcessesInTheWebapps() throws Exception {
		Task task = fillTask();
		String instance = task.getProcessInstanceId();
		HttpBrowser admin = new HttpBrowser(this.port).logIn("admin");
		assertThat(admin.webappUser(this.engine.getName()).statusCode()).isEqualTo(200);

		HttpResponse<String> read = admin.send("GET", engineApi("/process-instance?processInstanceIds=" + instance), null);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains(instance);
		HttpResponse<String> tasks = admin.send("GET", engineApi("/task?processInstanceId=" + instance), null);
		assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
		assertThat(tasks.body()).contains(task.getId());

		HttpResponse<String> variable = admin.send("PUT", engineApi("/process-instance/" + instance + "/variables/decision"),
				"{\"value\":\"APPROVE\",\"type\":\"String\"}");
		assertRefusedByCamunda(variable);
		assertRefusedByCamunda(admin.send("POST", engineApi("/task/" + task.getId() + "/claim"), "{\"userId\":\"admin\"}"));
		assertRefusedByCamunda(admin.send("PUT", engineApi("/process-instance/" + instance + "/suspended"),
				"{\"suspended\":true}"));
		assertRefusedByCamunda(admin.send("DELETE", engineApi("/process-instance/" + instance), null));

		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count())
			.as("the instance is still there and active")
			.isEqualTo(1);
		assertThat(this.runtimeService.getVariable(instance, "decision")).isNull();
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo(task.getAssignee());
		assertThat(this.authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.count()).as("tasks carry no authorizations of their own").isZero();
	}

	@Test
	void shouldNameTheEngineRestUserInCamundasOperationLog() throws Exception {
		JobDefinition definition = this.managementService.createJobDefinitionQuery().listPage(0, 1).get(0);
		long before = this.historyService.createUserOperationLogQuery().userId("admin").count();
		String basic = Base64.getEncoder().encodeToString(("admin:" + Logins.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> retries = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/engine-rest/engine/" + this.engine.getName() + "/job-definition/" + definition.getId()
						+ "/retries"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"retries\":3}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(retries.statusCode()).as(retries.body()).isEqualTo(204);
		assertThat(this.historyService.createUserOperationLogQuery().userId("admin").count()).isGreaterThan(before);
	}

	private static void assertRefusedByCamunda(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).as("refused by the engine's authorization check, not by a CSRF filter")
			.contains("AuthorizationException");
	}

}
