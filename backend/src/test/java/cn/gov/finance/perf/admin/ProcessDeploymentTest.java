package cn.gov.finance.perf.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.finance.perf.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
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

		DeploymentWithDefinitions again = this.deployer.deployChanged();

		assertThat(again.getDeployedProcessDefinitions()).isNullOrEmpty();
		assertThat(this.repositoryService.createProcessDefinitionQuery().count()).isEqualTo(before);
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
