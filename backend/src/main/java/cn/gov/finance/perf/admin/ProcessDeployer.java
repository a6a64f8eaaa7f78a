package cn.gov.finance.perf.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form file of {@code processes/} (packed into the jar under
 * {@code processes/}) on start. Only changed files become a new deployment, so a restart without
 * changes adds no versions. Resource names are the paths below {@code processes/}, the same in
 * the jar, in tests and in the IDE.
 */
@Component
@Order(0)
public class ProcessDeployer implements ApplicationRunner {

	public static final String DEPLOYMENT_NAME = "budget-performance";

	static final String ROOT = "processes/";

	static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

	private final RepositoryService repositoryService;

	ProcessDeployer(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) {
		deployChanged();
	}

	public DeploymentWithDefinitions deployChanged() {
		DeploymentBuilder builder = this.repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(true);
		List<Resource> resources = packagedResources();
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				builder.addInputStream(resourceName(resource), new ByteArrayInputStream(in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + resource, ex);
			}
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		log.info("Process models: {} files in processes/, deployment {} ({} new process definitions)",
				resources.size(), deployment.getId(),
				deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
		return deployment;
	}

	static List<Resource> packagedResources() {
		try {
			Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*");
			return Arrays.stream(all)
				.filter(Resource::isReadable)
				.filter(r -> SUFFIXES.stream().anyMatch(s -> String.valueOf(r.getFilename()).endsWith(s)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list processes/", ex);
		}
	}

	static String resourceName(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		return url.substring(url.lastIndexOf(ROOT) + ROOT.length());
	}

}
