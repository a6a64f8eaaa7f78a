package cn.gov.finance.perf.admin.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.admin.ProcessDeployer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What Camunda Modeler sends — {@code POST /engine-rest/deployment/create}, multipart, HTTP Basic —
 * over real HTTP (the engine's REST API is a servlet of its own): a broken file is refused 422
 * before the engine sees it; a good one is deployed and recorded with source {@code modeler}.
 */
@IntegrationTest
class ModelerDeploymentApiTest {

	@LocalServerPort
	private int port;

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.camunda.bpm.engine.ProcessEngine engine;

	@Autowired
	private ObjectMapper json;

	@Test
	void shouldRefuseABrokenFileAndAcceptAGoodOne() throws Exception {
		long deployments = this.repositoryService.createDeploymentQuery().count();
		HttpResponse<String> refused = deploy("Broken.bpmn", ModelsApiTest.TEST_PROCESS.replace(
				"camunda:formKey=\"app:target/fill\"", "camunda:formKey=\"app:no/such-form\""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		JsonNode problems = this.json.readTree(refused.body()).get("problems");
		assertThat(problems.findValuesAsText("code")).containsExactly("model.bpmn.formKey");
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

		String lastContent = ModelsApiTest.TEST_PROCESS.replace("NAME", "modeler " + System.nanoTime());
		HttpResponse<String> accepted = deploy(ModelsApiTest.TEST_KEY + ".bpmn", lastContent);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		JsonNode answer = this.json.readTree(accepted.body());
		String id = answer.get("id").asText();
		assertThat(this.repositoryService.createDeploymentQuery().deploymentId(id).count()).isEqualTo(1);
		assertThat(this.repositoryService.createDeploymentQuery().deploymentId(id).singleResult().getName())
			.as("the application's series, as an upload in the app").isEqualTo(ProcessDeployer.DEPLOYMENT_NAME);
		assertThat(answer.get("deployedResources")).hasSize(1);
		assertThat(this.jdbc.sql("select concat(source, ' ', deployed_by) from model_deployment where deployment_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("modeler admin");

		// The same file again: nothing changed, nothing deployed, and the deployment in force is named.
		HttpResponse<String> again = deploy(ModelsApiTest.TEST_KEY + ".bpmn", lastContent);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("deployedResources")).isEmpty();
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments + 1);
	}

	private HttpResponse<String> deploy(String fileName, String content) throws Exception {
		String boundary = "----modeler" + System.nanoTime();
		String body = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmodeler\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
				+ "--" + boundary + "--\r\n";
		// Tests give the engine a unique name, so Modeler's call goes to the named engine's path.
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/engine-rest/engine/"
				+ this.engine.getName() + "/deployment/create"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + Logins.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
