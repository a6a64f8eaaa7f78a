package cn.gov.finance.perf.admin;

import java.io.ByteArrayInputStream;
import java.util.List;

import cn.gov.finance.perf.admin.models.ModelDeployments;
import cn.gov.finance.perf.admin.models.ModelFile;
import cn.gov.finance.perf.admin.models.ModelProblem;
import cn.gov.finance.perf.admin.models.ModelValidator;
import cn.gov.finance.perf.admin.models.PackagedModels;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys every BPMN, DMN and form file of {@code processes/} (packed into the jar under
 * {@code processes/}) on start. Only changed files become a new deployment, so a restart without
 * changes adds no versions. Resource names are the paths below {@code processes/}, the same in
 * the jar, in tests and in the IDE. The files pass the same checks as an administrator's upload
 * ({@link ModelValidator}) first: a broken packaged model stops the start, its problems logged.
 */
@Component
@Order(0)
public class ProcessDeployer implements ApplicationRunner {

	public static final String DEPLOYMENT_NAME = "budget-performance";

	static final List<String> SUFFIXES = java.util.Arrays.stream(ModelFile.Kind.values()).map(ModelFile.Kind::suffix).toList();

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

	private final RepositoryService repositoryService;

	private final ModelValidator validator;

	private final ModelDeployments deployments;

	ProcessDeployer(RepositoryService repositoryService, @Lazy ModelValidator validator, @Lazy ModelDeployments deployments) {
		this.repositoryService = repositoryService;
		this.validator = validator;
		this.deployments = deployments;
	}

	@Override
	public void run(ApplicationArguments args) {
		deployChanged();
	}

	/** Thrown when a packaged model has problems: the start fails, nothing is deployed. */
	static class BrokenPackagedModels extends IllegalStateException {

		BrokenPackagedModels(int count) {
			super(count + " problems in processes/ (logged above); nothing deployed");
		}

	}

	@Transactional
	public DeploymentWithDefinitions deployChanged() {
		List<ModelFile> files = PackagedModels.files();
		List<ModelProblem> problems = this.validator.check(files).stream().flatMap(c -> c.problems().stream()).toList();
		if (!problems.isEmpty()) {
			problems.forEach(p -> log.error("processes/{}{}{}: {}", p.file(), p.line() == null ? "" : ":" + p.line(),
					p.elementId() == null ? "" : " (" + p.elementId() + ")", p.message()));
			throw new BrokenPackagedModels(problems.size());
		}
		DeploymentBuilder builder = this.repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(true);
		for (ModelFile file : files) {
			builder.addInputStream(file.name(), new ByteArrayInputStream(file.bytes()));
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		this.deployments.record(deployment.getId(), ModelDeployments.SYSTEM, ModelDeployments.Source.STARTUP,
				this.repositoryService.getDeploymentResourceNames(deployment.getId()));
		log.info("Process models: {} files in processes/, deployment {} ({} new process definitions)",
				files.size(), deployment.getId(),
				deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
		return deployment;
	}

}
