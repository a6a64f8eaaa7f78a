package cn.gov.finance.perf.admin.models;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.admin.AdminAuditEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Validating and deploying model files: every kind of problem is refused with its file, element,
 * line and code, and nothing is deployed; a changed file becomes exactly one new version, an
 * unchanged one none; the changes name BPMN elements and DMN cells. Deployments here use a
 * test-only process key, so the packaged models stay the latest for every other test.
 */
@IntegrationTest
@RecordApplicationEvents
class ModelsApiTest {

	static final Path PROCESSES = Path.of("..", "processes");

	static final String TEST_KEY = "AdminModelsTestProcess";

	static final String TEST_PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AdminModelsTest"
			    targetNamespace="http://finance.gov.cn/budget-performance/test">
			  <bpmn:process id="AdminModelsTestProcess" name="NAME" isExecutable="true" camunda:historyTimeToLive="30">
			    <bpmn:startEvent id="StartEvent_Test" />
			    <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="StartEvent_Test" targetRef="Task_Check" />
			    <bpmn:userTask id="Task_Check" name="Check" camunda:candidateGroups="finance-performance" camunda:formKey="app:target/fill" />
			    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Check" targetRef="EndEvent_Test" />
			    <bpmn:endEvent id="EndEvent_Test" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	@Test
	void shouldRefuseAFileThatIsNotWellFormedAndDeployNothing() throws Exception {
		JsonNode problems = refused(file("Broken.bpmn", TEST_PROCESS.replace("</bpmn:process>", "</bpmn:proces>")));
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).get("code").asText()).isEqualTo("model.xml.malformed");
		assertThat(problems.get(0).get("file").asText()).isEqualTo("Broken.bpmn");
		assertThat(problems.get(0).get("line").asInt()).isEqualTo(11);
		assertThat(this.events.stream(AdminAuditEvent.class).filter(e -> e.action().equals("deployment.refused")))
			.anySatisfy(e -> assertThat(e.details()).containsEntry("problems", "1"));
	}

	@Test
	void shouldRefuseASchemaErrorWithItsLine() throws Exception {
		JsonNode problems = refused(file("Schema.bpmn",
				TEST_PROCESS.replace("<bpmn:endEvent id=\"EndEvent_Test\" />", "<bpmn:endEvent id=\"EndEvent_Test\" /><bpmn:noSuchThing id=\"X\" />")));
		assertThat(codes(problems)).containsExactly("model.schema");
		assertThat(problems.get(0).get("line").asInt()).isEqualTo(10);
	}

	@Test
	void shouldRefuseAReflectiveExpressionNamingTheElement() throws Exception {
		JsonNode problems = refused(packaged("target/TargetCompilationProcess.bpmn",
				bpmn -> bpmn.replace("camunda:candidateGroups=\"finance-performance\" camunda:formKey=\"app:target/finance-review\"",
						"camunda:candidateGroups=\"${''.getClass().forName('java.lang.Runtime')}\" camunda:formKey=\"app:target/finance-review\"")));
		assertThat(codes(problems)).contains("model.expression.forbidden");
		assertThat(problems.findValuesAsText("elementId")).contains("Task_FinanceReview");
		assertThat(problems.findValuesAsText("line")).isNotEmpty();
	}

	@Test
	void shouldRefuseMethodCallsOnEngineObjectsAndForeignBeans() throws Exception {
		JsonNode problems = refused(file("Engine.bpmn", TEST_PROCESS.replace("camunda:candidateGroups=\"finance-performance\"",
				"camunda:candidateGroups=\"${execution.getProcessEngineServices()}\" camunda:assignee=\"${runtimeService.createProcessInstanceQuery()}\"")));
		assertThat(codes(problems)).contains("model.expression.forbidden", "model.expression.method");
	}

	@Test
	void shouldRefuseAScriptTask() throws Exception {
		JsonNode problems = refused(file("Script.bpmn", TEST_PROCESS.replace(
				"<bpmn:userTask id=\"Task_Check\" name=\"Check\" camunda:candidateGroups=\"finance-performance\" camunda:formKey=\"app:target/fill\" />",
				"<bpmn:scriptTask id=\"Task_Check\" scriptFormat=\"javascript\"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>")));
		assertThat(codes(problems)).contains("model.bpmn.scriptTask");
		assertThat(problems.findValuesAsText("elementId")).contains("Task_Check");
	}

	@Test
	void shouldRefuseDecisionTablesInOtherLanguagesThanFeelOrWithExternalFunctions() throws Exception {
		JsonNode juel = refused(packaged("target/TargetGradeRouting.dmn", dmn -> dmn.replace(
				"<inputExpression id=\"InputExpression_Grade\" typeRef=\"string\"><text>targetGrade</text>",
				"<inputExpression id=\"InputExpression_Grade\" typeRef=\"string\" expressionLanguage=\"juel\">"
						+ "<text>${''.getClass().forName('java.lang.Runtime')}</text>")));
		assertThat(codes(juel)).contains("model.dmn.language");
		assertThat(juel.findValuesAsText("elementId")).contains("InputExpression_Grade");
		assertThat(juel.findValuesAsText("line")).isNotEmpty();

		JsonNode external = refused(packaged("target/TargetGradeRouting.dmn", dmn -> dmn.replace(
				"<outputEntry id=\"Output_Excellent\"><text>\"PROCEED\"</text>",
				"<outputEntry id=\"Output_Excellent\"><text>(function(x) external {java: {class: \"java.lang.System\", "
						+ "method signature: \"exit(int)\"}})(1)</text>")));
		assertThat(codes(external)).contains("model.dmn.externalFunction");
		assertThat(external.findValuesAsText("elementId")).contains("Output_Excellent");
	}

	@Test
	void shouldRefuseAFormKeyTheAppDoesNotRender() throws Exception {
		JsonNode problems = refused(packaged("target/TargetCompilationProcess.bpmn",
				bpmn -> bpmn.replace("app:target/finance-review", "app:target/no-such-form")));
		assertThat(codes(problems)).containsExactly("model.bpmn.formKey");
		assertThat(problems.get(0).get("elementId").asText()).isEqualTo("Task_FinanceReview");
		assertThat(problems.get(0).get("params").get(0).asText()).isEqualTo("app:target/no-such-form");
	}

	@Test
	void shouldRefuseUnknownGroupsDelegatesAndClasses() throws Exception {
		JsonNode problems = refused(file("People.bpmn", TEST_PROCESS.replace("camunda:candidateGroups=\"finance-performance\"",
				"camunda:candidateGroups=\"no-such-group\"")
			.replace("<bpmn:endEvent id=\"EndEvent_Test\" />", """
					<bpmn:endEvent id="EndEvent_Test" />
					<bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${noSuchBean}" />
					<bpmn:serviceTask id="Task_Class" camunda:class="java.lang.Runtime" />""")));
		assertThat(codes(problems)).contains("model.bpmn.unknownGroup", "model.bpmn.delegateMissing", "model.bpmn.classOutside");
	}

	@Test
	void shouldRefuseRemovingATaskTheCodeUses() throws Exception {
		JsonNode problems = refused(packaged("target/TargetCompilationProcess.bpmn",
				bpmn -> bpmn.replace("Task_FinanceReview", "Task_FinanceCheck")));
		assertThat(codes(problems)).containsExactly("model.code.missing");
		assertThat(problems.get(0).get("params").get(0).asText()).isEqualTo("TargetCompilationProcess.TASK_FINANCE_REVIEW");
		assertThat(problems.get(0).get("message").asText()).contains("TargetCompilationProcess.TASK_FINANCE_REVIEW");
	}

	@Test
	void shouldRefuseDoctypeAndExternalEntitiesWithA4xx() throws Exception {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">&xxe;</bpmn:definitions>
				""";
		assertThat(codes(refused(file("Xxe.bpmn", xxe)))).containsExactly("model.xml.doctype");
		String doctype = TEST_PROCESS.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE bpmn:definitions>");
		assertThat(codes(refused(file("Doctype.bpmn", doctype)))).containsExactly("model.xml.doctype");
		assertThat(codes(refused(file("Entity.dmn", xxe.replace("bpmn:", ""))))).containsExactly("model.xml.doctype");
		this.mvc.perform(multipart("/api/admin/models/validations").file(file("Xxe.bpmn", xxe))
			.with(this.logins.as("admin"))
			.with(csrfToken())).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseUnknownSuffixesAndLargeFiles() throws Exception {
		assertThat(codes(refused(file("notes.txt", "hello")))).containsExactly("model.file.suffix");
		assertThat(codes(refused(file("Huge.bpmn", "<a>" + "x".repeat(2 * 1024 * 1024) + "</a>")))).containsExactly("model.file.tooLarge");
	}

	@Test
	void shouldDeployAChangedFileAsExactlyOneNewVersionAndAnUnchangedOneNotAtAll() throws Exception {
		String first = TEST_PROCESS.replace("NAME", "first " + System.nanoTime());
		deploy(file(TEST_KEY + ".bpmn", first)).andExpect(status().isCreated());
		long versions = versions();
		long deployments = this.repositoryService.createDeploymentQuery().count();

		JsonNode unchanged = body(deploy(file(TEST_KEY + ".bpmn", first)).andExpect(status().isCreated()));
		assertThat(unchanged.path("deploymentId").isMissingNode()).isTrue();
		assertThat(unchanged.get("changes").get(0).get("status").asText()).isEqualTo("UNCHANGED");
		assertThat(versions()).isEqualTo(versions);
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

		String second = first.replace("name=\"Check\"", "name=\"Check again\"");
		JsonNode validation = body(this.mvc.perform(multipart("/api/admin/models/validations")
			.file(file(TEST_KEY + ".bpmn", second))
			.with(this.logins.as("admin"))
			.with(csrfToken())).andExpect(status().isOk()));
		assertThat(validation.get("problems")).isEmpty();
		JsonNode element = validation.get("changes").get(0).get("elements").get(0);
		assertThat(element.get("id").asText()).isEqualTo("Task_Check");
		assertThat(element.get("change").asText()).isEqualTo("CHANGED");
		assertThat(element.get("differences").get(0).asText()).isEqualTo("name");
		assertThat(element.get("oldName").asText()).isEqualTo("Check");
		assertThat(element.get("name").asText()).isEqualTo("Check again");

		JsonNode deployed = body(deploy(file(TEST_KEY + ".bpmn", second)).andExpect(status().isCreated()));
		assertThat(versions()).isEqualTo(versions + 1);
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments + 1);
		String id = deployed.get("deploymentId").asText();
		assertThat(this.jdbc.sql("select deployed_by from model_deployment where deployment_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("admin");
		assertThat(this.events.stream(AdminAuditEvent.class))
			.anySatisfy(e -> assertThat(e.action() + " " + e.target()).isEqualTo("deployment.deployed " + id));

		JsonNode catalogue = body(this.mvc.perform(get("/api/admin/models").with(this.logins.as("admin")))
			.andExpect(status().isOk()));
		JsonNode model = null;
		for (JsonNode m : catalogue.get("models")) {
			if (m.get("key").asText().equals(TEST_KEY)) {
				model = m;
			}
		}
		assertThat(model).isNotNull();
		assertThat(model.get("kind").asText()).isEqualTo("PROCESS");
		assertThat(model.get("versions").get(0).get("latest").asBoolean()).isTrue();
		assertThat(model.get("versions").get(0).get("deployedBy").asText()).isEqualTo("admin");
		assertThat(model.get("versions").get(0).get("source").asText()).isEqualTo("upload");
		assertThat(model.get("versions").size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void shouldNameTheChangedCellsOfADecisionTable() throws Exception {
		String dmn = Files.readString(PROCESSES.resolve("target/TargetGradeRouting.dmn"))
			.replace("<text>\"REFINE\"</text>", "<text>\"REVISE\"</text>");
		JsonNode validation = body(this.mvc.perform(multipart("/api/admin/models/validations")
			.file(file("TargetGradeRouting.dmn", dmn))
			.with(this.logins.as("admin"))
			.with(csrfToken())).andExpect(status().isOk()));
		assertThat(validation.get("problems")).isEmpty();
		JsonNode change = validation.get("changes").get(0);
		assertThat(change.get("status").asText()).isEqualTo("CHANGED");
		assertThat(change.get("resourceName").asText()).isEqualTo("target/TargetGradeRouting.dmn");
		JsonNode decision = change.get("decisions").get(0);
		assertThat(decision.get("decisionId").asText()).isEqualTo("TargetGradeRouting");
		assertThat(decision.get("rules")).hasSize(1);
		JsonNode rule = decision.get("rules").get(0);
		assertThat(rule.get("ruleId").asText()).isEqualTo("Rule_Good");
		assertThat(rule.get("cells")).hasSize(1);
		JsonNode cell = rule.get("cells").get(0);
		assertThat(cell.get("column").asText()).isEqualTo("去向");
		assertThat(cell.get("oldText").asText()).isEqualTo("\"REFINE\"");
		assertThat(cell.get("newText").asText()).isEqualTo("\"REVISE\"");
	}

	@Test
	void shouldFindNoProblemInThePackagedModels() throws Exception {
		JsonNode validation = body(this.mvc.perform(multipart("/api/admin/models/validations").param("packaged", "true")
			.with(this.logins.as("admin"))
			.with(csrfToken())).andExpect(status().isOk()));
		assertThat(validation.get("problems")).isEmpty();
		assertThat(validation.get("changes").findValuesAsText("status")).containsOnly("UNCHANGED");
	}

	@Test
	void shouldRefuseEveryEndpointToNonAdministrators() throws Exception {
		this.mvc.perform(get("/api/admin/models").with(this.logins.as("perf"))).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/admin/models/validations").file(file(TEST_KEY + ".bpmn", TEST_PROCESS))
			.with(this.logins.as("perf"))
			.with(csrfToken())).andExpect(status().isForbidden());
		long deployments = this.repositoryService.createDeploymentQuery().count();
		this.mvc.perform(multipart("/api/admin/models/deployments").file(file(TEST_KEY + ".bpmn", TEST_PROCESS))
			.with(this.logins.as("perf"))
			.with(csrfToken())).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/admin/models/deployments").param("packaged", "true")
			.with(this.logins.as("perf"))
			.with(csrfToken())).andExpect(status().isForbidden());
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	private long versions() {
		return this.repositoryService.createProcessDefinitionQuery().processDefinitionKey(TEST_KEY).count();
	}

	/** Deploys the file, expects 422 and that nothing was deployed (engine and model_deployment); returns the problems. */
	private JsonNode refused(MockMultipartFile file) throws Exception {
		long deployments = this.repositoryService.createDeploymentQuery().count();
		long recorded = this.jdbc.sql("select count(*) from model_deployment").query(Long.class).single();
		JsonNode body = body(deploy(file).andExpect(status().isUnprocessableEntity()));
		assertThat(body.get("code").asText()).isEqualTo("model.refused");
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.jdbc.sql("select count(*) from model_deployment").query(Long.class).single()).isEqualTo(recorded);
		return body.get("problems");
	}

	private ResultActions deploy(MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/admin/models/deployments");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		return this.mvc.perform(request.with(this.logins.as("admin")).with(csrfToken()));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static List<String> codes(JsonNode problems) {
		return problems.findValuesAsText("code");
	}

	static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("files", name, "application/xml", content.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile packaged(String path, UnaryOperator<String> change) throws IOException {
		String content = change.apply(Files.readString(PROCESSES.resolve(path)));
		return file(path.substring(path.lastIndexOf('/') + 1), content);
	}

}
