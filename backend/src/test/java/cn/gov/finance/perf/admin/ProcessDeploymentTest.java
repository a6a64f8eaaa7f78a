package cn.gov.finance.perf.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.admin.models.ModelDeployments;
import cn.gov.finance.perf.admin.models.ModelFile;
import cn.gov.finance.perf.admin.models.PackagedModels;
import cn.gov.finance.perf.system.AppClock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProcessDeploymentTest {

	/** The source folder, read from disk: what a developer put there, not what the build copied. */
	static final Path PROCESSES = Path.of("..", "processes");

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private ProcessDeployer deployer;

	@Autowired
	private ModelDeployments deployments;

	@Test
	void shouldDeployEveryFileUnderProcesses() throws IOException {
		Set<String> deployed = this.repositoryService.createDeploymentQuery()
			.deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
			.list()
			.stream()
			.map(Deployment::getId)
			.flatMap(id -> this.repositoryService.getDeploymentResources(id).stream())
			.map(Resource::getName)
			.collect(Collectors.toSet());

		List<String> files = modelFiles();
		assertThat(files).isNotEmpty();
		assertThat(deployed).containsAll(files);
	}

	@Test
	void shouldAddNoVersionsWhenNothingChanged() {
		long before = this.repositoryService.createProcessDefinitionQuery().count();

		assertThat(this.deployer.deployChanged()).isEmpty();

		assertThat(this.repositoryService.createProcessDefinitionQuery().count()).isEqualTo(before);
	}

	@Test
	void shouldKeepADecisionTableAnAdministratorDeployedWhenTheApplicationStartsAgain() throws IOException {
		String key = "TargetGradeRouting";
		String packaged = Files.readString(PROCESSES.resolve("target/" + key + ".dmn"));
		try {
			ModelDeployments.Deployed upload = this.deployments.deploy(
					List.of(new ModelFile(key + ".dmn", packaged.replace("<text>\"REFINE\"</text>", "<text>\"REVISE\"</text>")
						.getBytes(StandardCharsets.UTF_8))),
					ModelDeployments.Source.UPLOAD, "admin");
			assertThat(upload.deploymentId()).isNotNull();

			assertThat(this.deployer.deployChanged()).as("processes/ did not change: nothing to deploy").isEmpty();
			assertThat(latestDecisionDeployment(key)).as("the administrator's version stays in force")
				.isEqualTo(upload.deploymentId());

			// A new release whose processes/ file differs from what was last deployed at start-up wins.
			String older = this.repositoryService.createDeployment()
				.name(ProcessDeployer.DEPLOYMENT_NAME)
				.source(ProcessDeployer.DEPLOYMENT_NAME)
				.addString("target/" + key + ".dmn", packaged.replace("<text>\"PROCEED\"</text>", "<text>\"PROCEED\"</text> "))
				.deploy()
				.getId();
			this.deployments.record(older, ModelDeployments.SYSTEM, ModelDeployments.Source.STARTUP,
					List.of("target/" + key + ".dmn"));
			// The next start is later (MySQL keeps whole seconds: within one, the two would tie).
			ClockUtil.setCurrentTime(Date.from(AppClock.instant().plusSeconds(5)));
			assertThat(this.deployer.deployChanged()).containsExactly("target/" + key + ".dmn");
			String latest = latestDecisionDeployment(key);
			assertThat(latest).isNotIn(upload.deploymentId(), older);
			assertThat(new String(this.repositoryService.getResourceAsStream(latest, "target/" + key + ".dmn").readAllBytes(),
					StandardCharsets.UTF_8)).isEqualTo(packaged);
		}
		finally {
			ClockUtil.reset();
			this.deployments.deploy(PackagedModels.files(), ModelDeployments.Source.UPLOAD, "admin");
		}
	}

	private String latestDecisionDeployment(String key) {
		return this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
	}

	@Test
	void shouldGiveEveryProcessAHistoryTimeToLive() {
		List<ProcessDefinition> definitions = this.repositoryService.createProcessDefinitionQuery().latestVersion().list();
		assertThat(definitions).isNotEmpty();
		assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
	}

	static List<String> modelFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(PROCESSES)) {
			return walk.filter(Files::isRegularFile)
				.map(p -> PROCESSES.relativize(p).toString().replace('\\', '/'))
				.filter(name -> ProcessDeployer.SUFFIXES.stream().anyMatch(name::endsWith))
				.sorted()
				.toList();
		}
	}

}
