package cn.gov.finance.perf.admin.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.admin.migration.MigrationPlanner.InstancePreview;
import cn.gov.finance.perf.admin.migration.MigrationPlanner.Plan;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.Problems;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a migration as a Camunda batch (the migration API is Community; Cockpit's UI for it is
 * not) and reports it per item. Instances whose current step has no counterpart are not put into the
 * batch: they stay on their version and the run says so. The engine does the moving, job by job, on
 * any node's job executor; how each item ended is read from the engine when asked.
 */
@Service
public class Migrations {

	private final MigrationPlanner planner;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final HistoryService history;

	private final MigrationRunRepository runs;

	private final MigrationRunItemRepository runItems;

	private final ApplicationEventPublisher events;

	private final Problems problems;

	Migrations(MigrationPlanner planner, RuntimeService runtime, ManagementService management, HistoryService history,
			MigrationRunRepository runs, MigrationRunItemRepository runItems, ApplicationEventPublisher events,
			Problems problems) {
		this.planner = planner;
		this.runtime = runtime;
		this.management = management;
		this.history = history;
		this.runs = runs;
		this.runItems = runItems;
		this.events = events;
		this.problems = problems;
	}

	/**
	 * Queues the selected instances (all of the source version when none are named) that can move, and
	 * records the others as skipped. Refused when none can move or a named instance is not on the source version.
	 */
	@Transactional
	public MigrationRunView start(String actor, MigrationRequest request) {
		Plan plan = this.planner.plan(request.sourceDefinitionId(), request.targetDefinitionId());
		Map<String, InstancePreview> instances;
		if (request.processInstanceIds() == null || request.processInstanceIds().isEmpty()) {
			instances = this.planner.instances(plan);
		}
		else {
			Set<String> asked = new LinkedHashSet<>(request.processInstanceIds());
			if (asked.size() > MigrationPlanner.INSTANCE_LIMIT) {
				throw DomainException.invalid("processInstanceIds", "migration.tooMany", MigrationPlanner.INSTANCE_LIMIT);
			}
			List<ProcessInstance> found = this.runtime.createProcessInstanceQuery()
				.processInstanceIds(asked)
				.processDefinitionId(plan.source().getId())
				.list();
			Set<String> foundIds = found.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
			List<String> strangers = asked.stream().filter(id -> !foundIds.contains(id)).toList();
			if (!strangers.isEmpty()) {
				throw DomainException.invalid("processInstanceIds", "migration.notOnSource", String.join(", ", strangers),
						plan.source().getVersion());
			}
			instances = this.planner.instances(plan, found);
		}
		List<String> queued = instances.values().stream().filter(InstancePreview::migratable).map(InstancePreview::processInstanceId).toList();
		if (queued.isEmpty()) {
			throw DomainException.rule("processInstanceIds", "migration.nothingToMove", instances.size());
		}
		Batch batch = this.runtime.newMigration(plan.migrationPlan()).processInstanceIds(queued).executeAsync();
		int skipped = instances.size() - queued.size();
		Instant now = AppClock.instant();
		this.runs.save(new MigrationRun(batch.getId(), plan.source().getKey(), plan.source().getId(), plan.source().getVersion(),
				plan.target().getId(), plan.target().getVersion(), actor, now, queued.size(), skipped));
		List<MigrationRunItem> rows = new ArrayList<>();
		for (InstancePreview instance : instances.values()) {
			rows.add(new MigrationRunItem(batch.getId(), instance.processInstanceId(), instance.itemCode(), instance.migratable(),
					instance.reasonCode(), instance.reasonParam()));
		}
		this.runItems.saveAll(rows);
		this.events.publishEvent(new AdminAuditEvent("migration.started", plan.source().getKey(),
				"迁移 " + plan.source().getKey() + " 第 " + plan.source().getVersion() + " 版 → 第 " + plan.target().getVersion()
						+ " 版：" + queued.size() + " 个实例排队，" + skipped + " 个留在原版本",
				Map.of("batchId", batch.getId(), "source", plan.source().getId(), "target", plan.target().getId(),
						"queued", String.valueOf(queued.size()), "skipped", String.valueOf(skipped))));
		return status(batch.getId());
	}

	/** A run and each of its items: migrated, failed, pending, ended meanwhile, or skipped and why. */
	@Transactional(readOnly = true)
	public MigrationRunView status(String batchId) {
		MigrationRun run = this.runs.findById(batchId).orElseThrow(() -> DomainException.notFound("Migration run", batchId));
		List<MigrationRunItem> rows = this.runItems.findByBatchIdOrderByIdAsc(batchId);
		Set<String> queuedIds = rows.stream().filter(MigrationRunItem::isQueued).map(MigrationRunItem::getProcessInstanceId)
			.collect(Collectors.toSet());
		Map<String, ProcessInstance> running = queuedIds.isEmpty() ? Map.of()
				: this.runtime.createProcessInstanceQuery().processInstanceIds(queuedIds).list().stream()
					.collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
		Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
		BatchStatistics stats = batch == null ? null : this.management.createBatchStatisticsQuery().batchId(batchId).singleResult();
		HistoricBatch done = batch != null ? null : this.history.createHistoricBatchQuery().batchId(batchId).singleResult();
		List<String> failures = batch == null ? List.of() : this.management.createJobQuery()
			.jobDefinitionId(batch.getBatchJobDefinitionId())
			.withException()
			.list()
			.stream()
			.map(Job::getExceptionMessage)
			.filter(m -> m != null)
			.distinct()
			.toList();
		boolean stuck = stats != null && stats.getRemainingJobs() > 0 && stats.getRemainingJobs() == stats.getFailedJobs();
		boolean finished = batch == null || stuck;
		List<MigrationItemResult> items = new ArrayList<>();
		int migrated = 0;
		int failed = 0;
		for (MigrationRunItem row : rows) {
			MigrationOutcome outcome;
			String reason = null;
			if (!row.isQueued()) {
				outcome = MigrationOutcome.SKIPPED;
				reason = row.getReasonCode() == null ? null : this.problems.render(Message.of(row.getReasonCode(), row.getReasonParam()));
			}
			else {
				ProcessInstance instance = running.get(row.getProcessInstanceId());
				if (instance == null) {
					outcome = MigrationOutcome.ENDED;
				}
				else if (instance.getProcessDefinitionId().equals(run.getTargetDefinitionId())) {
					outcome = MigrationOutcome.MIGRATED;
					migrated++;
				}
				else if (finished) {
					outcome = MigrationOutcome.FAILED;
					failed++;
					reason = failures.isEmpty() ? this.problems.render(Message.of("migration.failedUnknown"))
							: String.join("；", failures);
				}
				else {
					outcome = MigrationOutcome.PENDING;
				}
			}
			items.add(new MigrationItemResult(row.getProcessInstanceId(), row.getItemCode(), outcome, reason));
		}
		return new MigrationRunView(run.getBatchId(), run.getProcessKey(), run.getSourceVersion(), run.getTargetVersion(),
				run.getStartedBy(), run.getStartedAt(), run.getQueued(), run.getSkipped(), migrated, failed, finished,
				done == null ? null : done.getEndTime() == null ? null : done.getEndTime().toInstant(),
				stats == null ? 0 : stats.getTotalJobs(), stats == null ? 0 : stats.getCompletedJobs(),
				stats == null ? 0 : stats.getFailedJobs(), items);
	}

	/** The latest runs, newest first, without their items. */
	@Transactional(readOnly = true)
	public List<MigrationRunSummary> recent(int size) {
		return this.runs.findAllByOrderByStartedAtDesc(PageRequest.of(0, Math.max(1, Math.min(size, 100))))
			.stream()
			.map(run -> new MigrationRunSummary(run.getBatchId(), run.getProcessKey(), run.getSourceVersion(),
					run.getTargetVersion(), run.getStartedBy(), run.getStartedAt(), run.getQueued(), run.getSkipped()))
			.toList();
	}

	/** Which instances of which version to move to which (default: the latest) version. */
	public record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
	}

	public enum MigrationOutcome {

		/** On the new version. */
		MIGRATED,
		/** Queued; the batch has not moved it yet. */
		PENDING,
		/** The batch gave up on it (see the reason); it stays on its version. */
		FAILED,
		/** Not queued: its current step has no counterpart, it stays on its version. */
		SKIPPED,
		/** The instance ended before the batch reached it. */
		ENDED

	}

	public record MigrationItemResult(String processInstanceId, String itemCode, MigrationOutcome outcome, String reason) {
	}

	/** A run with its progress (jobs of the batch) and every item's outcome. */
	public record MigrationRunView(String batchId, String processKey, int sourceVersion, int targetVersion, String startedBy,
			Instant startedAt, int queued, int skipped, int migrated, int failed, boolean finished, Instant finishedAt,
			int totalJobs, int completedJobs, int failedJobs, List<MigrationItemResult> items) {
	}

	public record MigrationRunSummary(String batchId, String processKey, int sourceVersion, int targetVersion,
			String startedBy, Instant startedAt, int queued, int skipped) {
	}

}
