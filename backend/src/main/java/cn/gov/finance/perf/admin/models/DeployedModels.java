package cn.gov.finance.perf.admin.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.admin.ProcessDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Component;

/**
 * What is deployed now for a file: the latest deployed version of the same process key, decision
 * key or (for forms) resource, with its resource name and bytes. An upload takes over the
 * resource name of what it replaces ({@code TargetGradeRouting.dmn} becomes
 * {@code target/TargetGradeRouting.dmn}), so the packaged files and the uploads stay one series.
 */
@Component
class DeployedModels {

	/** A deployed resource: the deployment it came with, its name and its bytes. */
	record Deployed(String deploymentId, String resourceName, byte[] bytes) {
	}

	private final RepositoryService repositoryService;

	DeployedModels(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/** The latest deployed version of what this file defines (its first process or decision), if any. */
	Optional<Deployed> latest(ModelFile file, XmlScan.Result scan) {
		Optional<ModelFile.Kind> kind = file.kind();
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		return switch (kind.get()) {
			case BPMN -> firstId(scan, "process").map(key -> this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.latestVersion()
				.singleResult()).map(this::of);
			case DMN -> firstId(scan, "decision").map(key -> this.repositoryService.createDecisionDefinitionQuery()
				.decisionDefinitionKey(key)
				.latestVersion()
				.singleResult()).map(this::of);
			case FORM -> latestByName(file.name());
		};
	}

	private Optional<Deployed> latestByName(String name) {
		List<Deployment> deployments = this.repositoryService.createDeploymentQuery()
			.deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list();
		for (Deployment deployment : deployments) {
			for (String resource : this.repositoryService.getDeploymentResourceNames(deployment.getId())) {
				if (resource.equals(name) || resource.endsWith("/" + name)) {
					return Optional.of(read(deployment.getId(), resource));
				}
			}
		}
		return Optional.empty();
	}

	private Deployed of(ProcessDefinition definition) {
		return read(definition.getDeploymentId(), definition.getResourceName());
	}

	private Deployed of(DecisionDefinition definition) {
		return read(definition.getDeploymentId(), definition.getResourceName());
	}

	private Deployed read(String deploymentId, String resourceName) {
		try (InputStream in = this.repositoryService.getResourceAsStream(deploymentId, resourceName)) {
			return new Deployed(deploymentId, resourceName, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Optional<String> firstId(XmlScan.Result scan, String type) {
		return scan.elements().stream().filter(e -> e.type().equals(type) && e.id() != null).map(XmlScan.Element::id).findFirst();
	}

}
