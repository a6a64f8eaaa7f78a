package cn.gov.finance.perf.admin.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.admin.ProcessDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every process definition, decision definition and form with all its versions: deployment, time,
 * who deployed it and how ({@code model_deployment}; deployments older than that table show no one),
 * running instances per version (one grouped query over the engine's executions) and which is the latest.
 */
@Service
class ModelCatalogue {

	enum Kind { PROCESS, DECISION, FORM }

	record VersionView(String id, int version, String deploymentId, @Nullable Instant deployedAt,
			@Nullable String deployedBy, @Nullable String source, String resourceName, long runningInstances,
			boolean latest) {
	}

	record ModelView(Kind kind, String key, @Nullable String name, int latestVersion, long runningInstances,
			List<VersionView> versions) {
	}

	record CatalogueView(List<ModelView> models) {
	}

	private record Recorded(String deployedBy, String source) {
	}

	private final RepositoryService repositoryService;

	private final JdbcClient jdbc;

	ModelCatalogue(RepositoryService repositoryService, JdbcClient jdbc) {
		this.repositoryService = repositoryService;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public CatalogueView catalogue() {
		Map<String, Instant> deployedAt = this.repositoryService.createDeploymentQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Deployment::getId, d -> d.getDeploymentTime().toInstant()));
		Map<String, Recorded> recorded = new HashMap<>();
		this.jdbc.sql("select deployment_id, deployed_by, source from model_deployment")
			.query((rs, n) -> recorded.put(rs.getString(1), new Recorded(rs.getString(2), rs.getString(3))))
			.list();
		Map<String, Long> running = new HashMap<>();
		this.jdbc.sql("select PROC_DEF_ID_, count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_ group by PROC_DEF_ID_")
			.query((rs, n) -> running.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<ModelView> models = new ArrayList<>();
		group(this.repositoryService.createProcessDefinitionQuery().list(), ProcessDefinition::getKey)
			.forEach((key, versions) -> models.add(model(Kind.PROCESS, key, versions.stream()
				.map(d -> new Row(d.getId(), d.getName(), d.getVersion(), d.getDeploymentId(), d.getResourceName()))
				.toList(), deployedAt, recorded, running)));
		group(this.repositoryService.createDecisionDefinitionQuery().list(), DecisionDefinition::getKey)
			.forEach((key, versions) -> models.add(model(Kind.DECISION, key, versions.stream()
				.map(d -> new Row(d.getId(), d.getName(), d.getVersion(), d.getDeploymentId(), d.getResourceName()))
				.toList(), deployedAt, recorded, Map.of())));
		forms(deployedAt).forEach((name, rows) -> models.add(model(Kind.FORM, name, rows, deployedAt, recorded, Map.of())));
		return new CatalogueView(models);
	}

	/** One version before it is shown. */
	private record Row(String id, @Nullable String name, int version, String deploymentId, String resourceName) {
	}

	/** Forms are resources, not definitions: each deployment of a {@code .form} resource is a version of it. */
	private Map<String, List<Row>> forms(Map<String, Instant> deployedAt) {
		Map<String, List<Row>> forms = new LinkedHashMap<>();
		List<Deployment> deployments = this.repositoryService.createDeploymentQuery()
			.deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.asc()
			.list();
		for (Deployment deployment : deployments) {
			for (String resource : this.repositoryService.getDeploymentResourceNames(deployment.getId())) {
				if (resource.endsWith(ModelFile.Kind.FORM.suffix())) {
					List<Row> rows = forms.computeIfAbsent(resource, k -> new ArrayList<>());
					rows.add(new Row(deployment.getId() + ":" + resource, resource, rows.size() + 1, deployment.getId(), resource));
				}
			}
		}
		return forms;
	}

	private static ModelView model(Kind kind, String key, List<Row> rows, Map<String, Instant> deployedAt,
			Map<String, Recorded> recorded, Map<String, Long> running) {
		List<Row> sorted = rows.stream().sorted(Comparator.comparingInt(Row::version).reversed()).toList();
		int latest = sorted.get(0).version();
		List<VersionView> versions = sorted.stream().map(r -> {
			Recorded who = recorded.get(r.deploymentId());
			return new VersionView(r.id(), r.version(), r.deploymentId(), deployedAt.get(r.deploymentId()),
					who == null ? null : who.deployedBy(), who == null ? null : who.source(), r.resourceName(),
					running.getOrDefault(r.id(), 0L), r.version() == latest);
		}).toList();
		return new ModelView(kind, key, sorted.get(0).name(), latest,
				versions.stream().mapToLong(VersionView::runningInstances).sum(), versions);
	}

	private static <T> Map<String, List<T>> group(List<T> definitions, Function<T, String> key) {
		return definitions.stream()
			.collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
	}

}
