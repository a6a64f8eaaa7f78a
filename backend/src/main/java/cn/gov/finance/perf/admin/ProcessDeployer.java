package cn.gov.finance.perf.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	static final List<String> SUFFIXES = Arrays.stream(ModelFile.Kind.values()).map(ModelFile.Kind::suffix).toList();

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

	/**
	 * Deploys the files of {@code processes/} that changed since they were last deployed from
	 * {@code processes/}, and returns their names (none when nothing changed). A file is compared with its
	 * last start-up deployment, not with the latest version: a model an administrator deployed in the app
	 * since then stays in force until the packaged file itself changes (a new release), which then wins.
	 * The deployment itself filters duplicates under Camunda's deployment lock, so two nodes starting at
	 * the same moment deploy a changed file once.
	 */
	@Transactional
	public List<String> deployChanged() {
		List<ModelFile> files = PackagedModels.files();
		List<ModelProblem> problems = this.validator.check(files).stream().flatMap(c -> c.problems().stream()).toList();
		if (!problems.isEmpty()) {
			problems.forEach(p -> log.error("processes/{}{}{}: {}", p.file(), p.line() == null ? "" : ":" + p.line(),
					p.elementId() == null ? "" : " (" + p.elementId() + ")", p.message()));
			throw new BrokenPackagedModels(problems.size());
		}
		LastStartupDeployments last = new LastStartupDeployments(this.repositoryService,
				this.deployments.deploymentIds(ModelDeployments.Source.STARTUP));
		List<ModelFile> changed = files.stream().filter(file -> !last.holds(file)).toList();
		if (changed.isEmpty()) {
			log.info("Process models: {} files in processes/, none changed since they were last deployed", files.size());
			return List.of();
		}
		DeploymentBuilder builder = this.repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(true);
		for (ModelFile file : changed) {
			builder.addInputStream(file.name(), new ByteArrayInputStream(file.bytes()));
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		List<String> deployed = this.repositoryService.getDeploymentResourceNames(deployment.getId());
		this.deployments.record(deployment.getId(), ModelDeployments.SYSTEM, ModelDeployments.Source.STARTUP, deployed);
		log.info("Process models: {} of {} files in processes/ changed ({}), deployment {} ({} new process definitions)",
				changed.size(), files.size(), changed.stream().map(ModelFile::name).toList(), deployment.getId(),
				deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
		return changed.stream().map(ModelFile::name).toList();
	}

	/** The files of the start-up deployments, newest first: what {@code processes/} held when last deployed. */
	private static final class LastStartupDeployments {

		private final RepositoryService repositoryService;

		private final List<String> deploymentIds;

		private final Map<String, List<String>> names = new HashMap<>();

		LastStartupDeployments(RepositoryService repositoryService, List<String> deploymentIds) {
			this.repositoryService = repositoryService;
			this.deploymentIds = deploymentIds;
		}

		/** Whether the newest start-up deployment with this file holds the same bytes. */
		boolean holds(ModelFile file) {
			for (String id : this.deploymentIds) {
				List<String> files = this.names.computeIfAbsent(id, this.repositoryService::getDeploymentResourceNames);
				if (files.contains(file.name())) {
					try (InputStream in = this.repositoryService.getResourceAsStream(id, file.name())) {
						return Arrays.equals(in.readAllBytes(), file.bytes());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
			return false;
		}

	}

}
