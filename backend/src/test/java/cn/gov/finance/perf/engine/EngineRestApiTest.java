package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.SecurityEventLog;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Camunda's REST API over HTTP as an administrator: the allowlist passes, the side doors into the
 * application's tasks and processes answer 403 naming the rule, and nothing changes in the engine.
 * Items of fiscal year {@value #YEAR} belong to this class.
 */
@IntegrationTest
@RecordApplicationEvents
class EngineRestApiTest {

	static final int YEAR = 2085;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SliceApi api;

	@Autowired
	private TaskService taskService;

	@Autowired
	private SecurityEventLog securityLog;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private ProcessEngine engine;

	@LocalServerPort
	private int port;

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("admin", Logins.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
	}

	private Task fillTask() throws Exception {
		return this.taskService.createTaskQuery().taskId(this.api.newFillTask("edu", YEAR)).singleResult();
	}

	@Test
	void shouldRefuseToCompleteAnApplicationTaskThroughTheEngineApi() throws Exception {
		Task task = fillTask();
		long deniedBefore = this.securityLog
			.count(new SecurityEventLog.Filter(SecurityEventLog.Type.ACCESS_DENIED, null, "admin", null, null));

		for (String path : new String[] { "/engine-rest/task/" + task.getId() + "/complete",
				"/engine-rest/engine/default/task/" + task.getId() + "/complete",
				"/engine-rest/task/" + task.getId() + "/submit-form" }) {
			this.mvc.perform(asAdmin(post(path)).content("{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/forbidden"))
				.andExpect(jsonPath("$.code").value("engine.rest.taskRefused"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("通过引擎接口办理应用待办被拒绝")));
		}
		this.mvc.perform(asAdmin(post("/engine-rest/task/" + task.getId() + "/claim")).content("{\"userId\":\"admin\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.taskRefused"));

		Task after = this.taskService.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(after).as("the task is still open").isNotNull();
		assertThat(after.getAssignee()).isEqualTo(task.getAssignee());
		assertThat(this.securityLog
			.count(new SecurityEventLog.Filter(SecurityEventLog.Type.ACCESS_DENIED, null, "admin", null, null)))
			.isEqualTo(deniedBefore + 4);
		assertThat(this.events.stream(AdminAuditEvent.class).filter(e -> e.action().equals("engine.refused")))
			.hasSize(4)
			.allSatisfy(e -> assertThat(e.details()).containsEntry("rule", "TASK").containsEntry("user", "admin"));
	}

	@Test
	void shouldRefuseVariableWritesStartsAndMessagesIntoApplicationProcesses() throws Exception {
		Task task = fillTask();
		String instance = task.getProcessInstanceId();
		this.mvc.perform(asAdmin(put("/engine-rest/process-instance/" + instance + "/variables/decision"))
			.content("{\"value\":\"APPROVE\",\"type\":\"String\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.variablesRefused"));
		this.mvc.perform(asAdmin(post("/engine-rest/process-instance/" + instance + "/modification"))
			.content("{\"instructions\":[]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.processRefused"));
		this.mvc.perform(asAdmin(post("/engine-rest/process-definition/key/ExAnteAssessmentProcess/start")).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.processRefused"));
		this.mvc.perform(asAdmin(post("/engine-rest/message")).content("{\"messageName\":\"anything\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.processRefused"));
		this.mvc.perform(asAdmin(post("/engine-rest/user/create")).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.notAllowed"));
		this.mvc.perform(asAdmin(delete("/engine-rest/deployment/none").param("cascade", "true")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("engine.rest.cascadeRefused"));
		// A method override cannot turn an allowed GET into something else.
		this.mvc.perform(asAdmin(get("/engine-rest/task/" + task.getId())).header("X-HTTP-Method-Override", "DELETE"))
			.andExpect(status().isForbidden());
		assertThat(this.taskService.getVariables(task.getId())).doesNotContainKey("decision");
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
	}

	/** Over real HTTP: MockMvc reaches Spring's dispatcher only, not the engine's Jersey servlet. */
	private HttpResponse<String> http(String method, String path, String contentType, String body) throws Exception {
		// The tests' engine has a name of its own (not "default"): /engine-rest/engine/{name}/….
		String named = path.replaceFirst("^/engine-rest/", "/engine-rest/engine/" + this.engine.getName() + "/");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + named))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Logins.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", contentType)
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> http(String method, String path) throws Exception {
		return http(method, path, MediaType.APPLICATION_JSON_VALUE, method.equals("GET") ? "" : "{}");
	}

	@Test
	void shouldKeepWhatTheModelerAndOperationsNeed() throws Exception {
		Task task = fillTask();
		assertThat(http("GET", "/engine-rest/process-definition/count").body()).contains("\"count\"");
		HttpResponse<String> read = http("GET", "/engine-rest/task/" + task.getId());
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains(task.getId());
		assertThat(http("GET", "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables").statusCode())
			.isEqualTo(200);
		assertThat(http("GET", "/engine-rest/history/task?processInstanceId=" + task.getProcessInstanceId()).statusCode())
			.isEqualTo(200);
		assertThat(http("GET", "/engine-rest/incident/count").statusCode()).isEqualTo(200);
		assertThat(http("GET", "/engine-rest/job?maxResults=1").statusCode()).isEqualTo(200);
		assertThat(http("GET", "/engine-rest/external-task/count").statusCode()).isEqualTo(200);
		// Past the allowlist the engine answers for itself: an unknown job is the engine's error, not our 403.
		HttpResponse<String> dueDate = http("PUT", "/engine-rest/job/no-such-job/duedate", MediaType.APPLICATION_JSON_VALUE,
				"{\"duedate\":null}");
		assertThat(dueDate.statusCode()).isNotEqualTo(403);
		assertThat(dueDate.body()).contains("No job found");
		assertThat(http("POST", "/engine-rest/job/no-such-job/execute").body()).doesNotContain("engine.rest.");
		// The Modeler's deployment reaches the engine (an empty one is the engine's 400, not our 403).
		HttpResponse<String> deployment = http("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=b",
				"--b--\r\n");
		assertThat(deployment.statusCode()).as(deployment.body()).isBetween(400, 499).isNotEqualTo(403);
		assertThat(http("GET", "/engine-rest/version").statusCode()).isNotEqualTo(403);

		HttpResponse<String> complete = http("POST", "/engine-rest/task/" + task.getId() + "/complete");
		assertThat(complete.statusCode()).isEqualTo(403);
		assertThat(complete.body()).contains("engine.rest.taskRefused");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldStillRefuseNonAdministratorsBeforeTheAllowlist() throws Exception {
		this.mvc.perform(get("/engine-rest/version").with(httpBasic("perf", Logins.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.roleDenied"));
	}

}
