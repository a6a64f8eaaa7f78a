package cn.gov.finance.perf.admin.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.Problems;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.springframework.stereotype.Service;

/**
 * What a migration would do, before anything is done: which processes have items on older
 * versions, and for one older version against a newer one, which steps map (same id, same kind:
 * Camunda's {@code mapEqualActivities}), which do not and why, and for each running item whether it
 * can move (every step it is at has a counterpart) or stays where it is.
 */
@Service
public class MigrationPlanner {

	/** At most this many instances are listed (and migrated) at once; the count says how many there are. */
	static final int INSTANCE_LIMIT = 1000;

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final HistoryService history;

	private final BudgetItemRepository items;

	private final Problems problems;

	MigrationPlanner(RepositoryService repository, RuntimeService runtime, ManagementService management,
			HistoryService history, BudgetItemRepository items, Problems problems) {
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
		this.history = history;
		this.items = items;
		this.problems = problems;
	}

	/** Every process with running instances on a version other than its latest, latest first. */
	public List<MigratableProcess> processes() {
		Map<String, ProcessDefinition> latest = this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessDefinition::getKey, Function.identity(), (a, b) -> a));
		// One grouped query: running instances per definition, every version.
		Map<String, List<ProcessDefinitionStatistics>> byKey = this.management.createProcessDefinitionStatisticsQuery()
			.list()
			.stream()
			.collect(Collectors.groupingBy(ProcessDefinitionStatistics::getKey));
		List<MigratableProcess> result = new ArrayList<>();
		for (Map.Entry<String, List<ProcessDefinitionStatistics>> entry : byKey.entrySet()) {
			ProcessDefinition newest = latest.get(entry.getKey());
			if (newest == null) {
				continue;
			}
			int newestInstances = 0;
			List<DefinitionVersion> older = new ArrayList<>();
			for (ProcessDefinitionStatistics stats : entry.getValue()) {
				if (stats.getId().equals(newest.getId())) {
					newestInstances = stats.getInstances();
				}
				else if (stats.getInstances() > 0) {
					older.add(new DefinitionVersion(stats.getId(), stats.getVersion(), stats.getInstances()));
				}
			}
			if (!older.isEmpty()) {
				older.sort(Comparator.comparingInt(DefinitionVersion::version).reversed());
				result.add(new MigratableProcess(newest.getKey(), newest.getName(),
						new DefinitionVersion(newest.getId(), newest.getVersion(), newestInstances), older));
			}
		}
		result.sort(Comparator.comparing(MigratableProcess::processKey));
		return result;
	}

	/** The plan from {@code sourceId} to {@code targetId} (default: the latest version of its key) and its instances. */
	public MigrationPreview preview(String sourceId, String targetId) {
		Plan plan = plan(sourceId, targetId);
		List<InstancePreview> instances = instances(plan).values().stream().toList();
		long total = this.runtime.createProcessInstanceQuery().processDefinitionId(plan.source.getId()).count();
		int movable = (int) instances.stream().filter(InstancePreview::migratable).count();
		return new MigrationPreview(plan.source.getKey(), plan.source.getName(), version(plan.source), version(plan.target),
				plan.mapped, plan.unmapped, instances, total, movable, instances.size() - movable);
	}

	Plan plan(String sourceId, String targetId) {
		ProcessDefinition source = definition("sourceDefinitionId", sourceId);
		ProcessDefinition target = targetId == null || targetId.isBlank()
				? this.repository.createProcessDefinitionQuery().processDefinitionKey(source.getKey()).latestVersion().singleResult()
				: definition("targetDefinitionId", targetId);
		if (!target.getKey().equals(source.getKey())) {
			throw DomainException.invalid("targetDefinitionId", "migration.otherProcess", target.getKey(), source.getKey());
		}
		if (target.getVersion() <= source.getVersion()) {
			throw DomainException.invalid("targetDefinitionId", "migration.notNewer", target.getVersion(), source.getVersion());
		}
		MigrationPlan migrationPlan;
		try {
			migrationPlan = this.runtime.createMigrationPlan(source.getId(), target.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
		}
		catch (MigrationPlanValidationException ex) {
			throw DomainException.rule(null, "migration.planInvalid", ex.getMessage());
		}
		BpmnModelInstance sourceModel = this.repository.getBpmnModelInstance(source.getId());
		BpmnModelInstance targetModel = this.repository.getBpmnModelInstance(target.getId());
		Map<String, String> mappedTo = new LinkedHashMap<>();
		for (MigrationInstruction instruction : migrationPlan.getInstructions()) {
			mappedTo.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
		}
		List<StepMapping> mapped = new ArrayList<>();
		List<UnmappedStep> unmapped = new ArrayList<>();
		for (FlowNode node : sourceModel.getModelElementsByType(FlowNode.class)) {
			if (!canWait(node)) {
				continue;
			}
			String to = mappedTo.get(node.getId());
			if (to != null) {
				mapped.add(new StepMapping(node.getId(), node.getName(), to, nameIn(targetModel, to)));
			}
			else {
				FlowNode counterpart = targetModel.getModelElementById(node.getId()) instanceof FlowNode same ? same : null;
				String code = counterpart == null ? "migration.step.missing" : "migration.step.otherKind";
				unmapped.add(new UnmappedStep(node.getId(), node.getName(), code,
						this.problems.render(Message.of(code, label(node)))));
			}
		}
		return new Plan(source, target, migrationPlan, mapped, unmapped, mappedTo.keySet(), sourceModel);
	}

	/** The running instances of the plan's source version (at most {@link #INSTANCE_LIMIT}), by id. */
	Map<String, InstancePreview> instances(Plan plan) {
		return instances(plan, this.runtime.createProcessInstanceQuery()
			.processDefinitionId(plan.source.getId())
			.orderByProcessInstanceId()
			.asc()
			.listPage(0, INSTANCE_LIMIT));
	}

	/** The given instances as the plan sees them: which steps they are at and whether all of those map. */
	Map<String, InstancePreview> instances(Plan plan, List<ProcessInstance> running) {
		Set<String> ids = running.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
		Map<String, Set<String>> activeSteps = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			// One query for the steps every instance of the version is at (history level full).
			for (HistoricActivityInstance activity : this.history.createHistoricActivityInstanceQuery()
				.processDefinitionId(plan.source.getId())
				.unfinished()
				.list()) {
				if (ids.contains(activity.getProcessInstanceId())) {
					activeSteps.computeIfAbsent(activity.getProcessInstanceId(), id -> new TreeSet<>())
						.add(stripped(activity.getActivityId()));
				}
			}
		}
		Map<String, BudgetItem> byCode = this.items
			.findAllByCodeIn(running.stream().map(ProcessInstance::getBusinessKey).filter(k -> k != null).toList())
			.stream()
			.collect(Collectors.toMap(BudgetItem::getCode, Function.identity(), (a, b) -> a));
		Map<String, InstancePreview> result = new LinkedHashMap<>();
		for (ProcessInstance instance : running) {
			Set<String> steps = activeSteps.getOrDefault(instance.getId(), Set.of());
			List<String> blocking = steps.stream().filter(step -> !plan.mappedSources.contains(step)).toList();
			BudgetItem item = instance.getBusinessKey() == null ? null : byCode.get(instance.getBusinessKey());
			String reason = blocking.isEmpty() ? null
					: this.problems.render(Message.of("migration.instance.blocked", labels(plan.sourceModel, blocking)));
			result.put(instance.getId(), new InstancePreview(instance.getId(), instance.getBusinessKey(),
					item == null ? null : item.getName(), labelled(plan.sourceModel, steps), blocking.isEmpty(),
					blocking.isEmpty() ? null : "migration.instance.blocked", blocking.isEmpty() ? null : labels(plan.sourceModel, blocking),
					reason));
		}
		return result;
	}

	private ProcessDefinition definition(String field, String id) {
		if (id == null || id.isBlank()) {
			throw DomainException.invalid(field, "migration.definitionRequired");
		}
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw DomainException.invalid(field, "migration.definitionUnknown", id);
		}
		return definition;
	}

	private DefinitionVersion version(ProcessDefinition definition) {
		long instances = this.runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
		return new DefinitionVersion(definition.getId(), definition.getVersion(), (int) instances);
	}

	/** The kinds of step a running instance can be at (where a migration has to find it a counterpart). */
	private static boolean canWait(FlowNode node) {
		return node instanceof UserTask || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
				|| node instanceof CallActivity || node instanceof SubProcess || node instanceof EventBasedGateway
				|| node instanceof BoundaryEvent;
	}

	private static String stripped(String activityId) {
		return activityId != null && activityId.endsWith(MULTI_INSTANCE_BODY)
				? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
	}

	private static String nameIn(BpmnModelInstance model, String id) {
		return model.getModelElementById(id) instanceof FlowNode node ? node.getName() : null;
	}

	private static String label(FlowNode node) {
		return node.getName() == null || node.getName().isBlank() ? node.getId() : node.getName() + " (" + node.getId() + ")";
	}

	static String labels(BpmnModelInstance model, Collection<String> ids) {
		return ids.stream()
			.map(id -> model.getModelElementById(id) instanceof FlowNode node ? label(node) : id)
			.collect(Collectors.joining("、"));
	}

	private static List<String> labelled(BpmnModelInstance model, Set<String> steps) {
		return new ArrayList<>(new LinkedHashSet<>(steps.stream()
			.map(id -> model.getModelElementById(id) instanceof FlowNode node ? label(node) : id)
			.toList()));
	}

	/** A built plan with what the preview needs of it. */
	record Plan(ProcessDefinition source, ProcessDefinition target, MigrationPlan migrationPlan, List<StepMapping> mapped,
			List<UnmappedStep> unmapped, Set<String> mappedSources, BpmnModelInstance sourceModel) {
	}

	/** A version of a process definition and its running instances. */
	public record DefinitionVersion(String definitionId, int version, int instances) {
	}

	/** A process with instances on older versions than its latest. */
	public record MigratableProcess(String processKey, String name, DefinitionVersion latest, List<DefinitionVersion> older) {
	}

	/** A step of the old version and the step of the new version it maps to. */
	public record StepMapping(String sourceActivityId, String sourceName, String targetActivityId, String targetName) {
	}

	/** A step of the old version with no counterpart: an instance at it cannot move. */
	public record UnmappedStep(String activityId, String name, String reasonCode, String reason) {
	}

	/**
	 * A running instance: the steps it is at, and whether it can move; if not, the steps that block it
	 * ({@code reasonCode} and {@code reasonParam}) and the reason in the request's language.
	 */
	public record InstancePreview(String processInstanceId, String itemCode, String itemName, List<String> steps,
			boolean migratable, String reasonCode, String reasonParam, String reason) {
	}

	/** The plan and the instances of one migration, before it is started. */
	public record MigrationPreview(String processKey, String processName, DefinitionVersion source, DefinitionVersion target,
			List<StepMapping> mapped, List<UnmappedStep> unmapped, List<InstancePreview> instances, long total,
			int migratable, int blocked) {
	}

}
