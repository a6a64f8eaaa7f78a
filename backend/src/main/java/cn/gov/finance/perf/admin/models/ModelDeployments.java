package cn.gov.finance.perf.admin.models;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.admin.ProcessDeployer;
import cn.gov.finance.perf.system.AppClock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.lang.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and deploys model files: every file is checked ({@link ModelValidator}); any problem
 * refuses all of them ({@link ModelsRefused}, nothing deployed, {@code deployment.refused} published);
 * otherwise the changed files become one deployment, recorded with who made it and from where
 * ({@code model_deployment}), and {@code deployment.deployed} is published. Uploads join the
 * packaged files' series (same deployment name), so a later start compares {@code processes/}
 * with what was uploaded.
 */
@Service
public class ModelDeployments {

	/** Where a deployment came from. */
	public enum Source {

		STARTUP, UPLOAD, MODELER;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public static final String SYSTEM = "system";

	/** What validating files found: the problems (none when they may be deployed) and the changes. */
	record Validation(List<ModelProblem> problems, List<ModelDiff.FileChanges> changes) {
	}

	/** A deployment made (or none, when nothing changed) and what it changed. */
	public record Deployed(@Nullable String deploymentId, List<String> files, List<ModelDiff.FileChanges> changes) {
	}

	private final ModelValidator validator;

	private final RepositoryService repositoryService;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AppClock clock;

	ModelDeployments(ModelValidator validator, RepositoryService repositoryService, JdbcClient jdbc,
			ApplicationEventPublisher events, AppClock clock) {
		this.validator = validator;
		this.repositoryService = repositoryService;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Validation validate(List<ModelFile> files) {
		List<ModelValidator.Checked> checked = this.validator.check(files);
		List<ModelProblem> problems = problems(checked);
		if (!problems.isEmpty()) {
			refused(files, problems, "validation");
		}
		return new Validation(problems, problems.isEmpty() ? checked.stream().map(ModelDiff::of).toList() : List.of());
	}

	/** Deploys the changed files of those given, or refuses them all. */
	@Transactional
	public Deployed deploy(List<ModelFile> files, Source source, String user) {
		List<ModelValidator.Checked> checked = this.validator.check(files);
		List<ModelProblem> problems = problems(checked);
		if (!problems.isEmpty()) {
			refused(files, problems, source.code());
			throw new ModelsRefused(problems);
		}
		List<ModelDiff.FileChanges> changes = checked.stream().map(ModelDiff::of).toList();
		List<ModelValidator.Checked> changed = checked.stream().filter(ModelValidator.Checked::changed).toList();
		if (changed.isEmpty()) {
			return new Deployed(null, List.of(), changes);
		}
		DeploymentBuilder builder = this.repositoryService.createDeployment()
			.name(ProcessDeployer.DEPLOYMENT_NAME)
			.source(ProcessDeployer.DEPLOYMENT_NAME);
		for (ModelValidator.Checked c : changed) {
			builder.addString(c.resourceName(), new String(c.file().bytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		List<String> names = changed.stream().map(ModelValidator.Checked::resourceName).toList();
		record(deployment.getId(), user, source, names);
		return new Deployed(deployment.getId(), names, changes);
	}

	/** The deployments recorded from this source, newest first. */
	public List<String> deploymentIds(Source source) {
		return this.jdbc.sql("select deployment_id from model_deployment where source = :source order by deployed_at desc")
			.param("source", source.code())
			.query(String.class)
			.list();
	}

	/**
	 * Records a deployment once (a start that deployed nothing new returns the previous one) and
	 * publishes {@code deployment.deployed} when it is recorded.
	 */
	public void record(String deploymentId, String user, Source source, List<String> files) {
		boolean known = this.jdbc.sql("select count(*) from model_deployment where deployment_id = :id")
			.param("id", deploymentId)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			String list = String.join("\n", files);
			this.jdbc.sql("""
					insert into model_deployment (deployment_id, deployed_by, source, files, deployed_at)
					values (:id, :user, :source, :files, :at)""")
				.param("id", deploymentId)
				.param("user", user)
				.param("source", source.code())
				.param("files", list.length() > 4000 ? list.substring(0, 3990) + "\n…" : list)
				.param("at", java.sql.Timestamp.from(this.clock.now()))
				.update();
			this.events.publishEvent(new AdminAuditEvent("deployment.deployed", deploymentId,
					"部署流程模型 " + String.join(", ", files),
					Map.of("source", source.code(), "files", String.join(", ", files), "deployedBy", user)));
		}
	}

	private void refused(List<ModelFile> files, List<ModelProblem> problems, String attempt) {
		String names = files.stream().map(ModelFile::name).collect(Collectors.joining(", "));
		this.events.publishEvent(new AdminAuditEvent("deployment.refused", names,
				"流程模型未通过校验（" + problems.size() + " 个问题）",
				Map.of("files", names, "problems", String.valueOf(problems.size()), "attempt", attempt,
						"codes", problems.stream().map(p -> p.message().code()).distinct().collect(Collectors.joining(", ")))));
	}

	static List<ModelProblem> problems(List<ModelValidator.Checked> checked) {
		return checked.stream().flatMap(c -> c.problems().stream()).toList();
	}

}
