package cn.gov.finance.perf.inbox;

import java.util.function.Function;
import java.util.function.Supplier;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.inbox.TaskConflictException.State;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to act on a task. Every task-form endpoint goes through here, which
 * <ol>
 * <li>resolves the task once (from the inbox read model, written in the engine's transactions) and
 * checks that it is of the expected kind, offered to the user and not claimed by someone else;</li>
 * <li>enforces separation of duties as its process declares it ({@link ProcessModel#separations()});</li>
 * <li>acts as the user in Camunda (authenticated user), so the user operation log and
 * {@code ACT_HI_TASKINST} name who completed every task, and records the completion with its
 * decision in {@code task_completion};</li>
 * <li>does the step's domain writes and completes the task in one transaction;</li>
 * <li>turns every race (completed, claimed or changed meanwhile, a repeated submission) into
 * {@link TaskConflictException}, a 409 saying by whom and when.</li>
 * </ol>
 */
@Component
public class TaskPipeline {

	private final InboxTasks tasks;

	private final TaskCompletions completions;

	private final ProcessModels models;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	private final EntityManager entityManager;

	private final ProcessEngineConfigurationImpl engine;

	TaskPipeline(InboxTasks tasks, TaskCompletions completions, ProcessModels models, TaskService taskService,
			HistoryService historyService, IdentityService identityService, EntityManager entityManager,
			ProcessEngine processEngine) {
		this.entityManager = entityManager;
		this.engine = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
		this.tasks = tasks;
		this.completions = completions;
		this.models = models;
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
	}

	/**
	 * Does a step: {@code work} writes the domain record (and sets the variables the process routes
	 * on); then the task is completed, all in the caller's transaction.
	 */
	@Transactional
	public <R> R complete(String taskId, AppUser user, TaskKind kind, Function<TaskStep, R> work) {
		InboxRow row = resolveActionable(taskId, user, kind);
		separate(row, user);
		// One engine command around the whole step: reading the variables and completing share the
		// engine's entity cache and flush, so the task and its executions are read once.
		return as(user, taskId, () -> this.engine.getCommandExecutorTxRequired().execute(context -> {
			TaskStep step = new TaskStep(row, this.taskService.getVariables(taskId), user);
			R result = work.apply(step);
			// The step's own rows reach the database here, inside the race handling, not at commit.
			this.entityManager.flush();
			this.completions.record(row, user.id(), user.displayName(), null, step.decision(), step.opinion(),
					AppClock.instant());
			this.taskService.complete(taskId, step.completionVariables());
			return result;
		}));
	}

	/** Works on a task without completing it (a draft, an attachment, a finding recorded as it goes). */
	@Transactional
	public <R> R act(String taskId, AppUser user, TaskKind kind, Function<TaskStep, R> work) {
		InboxRow row = resolveActionable(taskId, user, kind);
		return as(user, taskId, () -> work.apply(new TaskStep(row, this.taskService.getVariables(taskId), user)));
	}

	/**
	 * A task the user may look at: offered to them, including one another user of their group has
	 * claimed (read only).
	 */
	@Transactional(readOnly = true)
	public TaskStep read(String taskId, AppUser user) {
		InboxRow row = resolveVisible(taskId, user);
		try {
			return new TaskStep(row, this.taskService.getVariables(taskId), user);
		}
		catch (NullValueException | NotFoundException ex) {
			throw gone(taskId);
		}
	}

	@Transactional
	public void claim(String taskId, AppUser user) {
		InboxRow row = resolveActionable(taskId, user, null);
		if (user.id().equals(row.assignee())) {
			return;
		}
		as(user, taskId, () -> {
			this.taskService.claim(taskId, user.id());
			return null;
		});
	}

	@Transactional
	public void release(String taskId, AppUser user) {
		InboxRow row = offered(lock(taskId), user);
		if (row.assignee() == null) {
			return;
		}
		if (!user.id().equals(row.assignee())) {
			throw claimedBy(row);
		}
		as(user, taskId, () -> {
			this.taskService.setAssignee(taskId, null);
			return null;
		});
	}

	/** The row of an open task the user may see, or why not: 409 when it is gone, 403 when not theirs. */
	InboxRow resolveVisible(String taskId, AppUser user) {
		return offered(this.tasks.find(taskId).orElseThrow(() -> gone(taskId)), user);
	}

	private InboxRow offered(InboxRow row, AppUser user) {
		if (!row.offeredTo(user.id(), user.candidateGroups())) {
			throw DomainException.forbidden("该待办未分派给您（Task " + row.taskId() + " is not offered to you）");
		}
		return row;
	}

	/** As {@link #resolveVisible}, holding the row's lock: the actions on one task take turns. */
	private InboxRow resolveActionable(String taskId, AppUser user, TaskKind kind) {
		InboxRow row = offered(lock(taskId), user);
		if (row.assignee() != null && !row.assignee().equals(user.id())) {
			throw claimedBy(row);
		}
		if (kind != null && !kind.matches(row.processKey(), row.taskKey())) {
			throw DomainException.conflict("该待办是「" + row.taskName() + "」，不能在此办理（task " + taskId + " is a "
					+ row.taskKey() + " of " + row.processKey() + ", not " + kind.taskKeys() + "）");
		}
		return row;
	}

	private void separate(InboxRow row, AppUser user) {
		this.models.find(row.processKey()).flatMap(model -> model.separationOf(row.taskKey())).ifPresent(rule -> {
			this.completions.latest(row.processInstanceId(), rule.producers())
				.filter(done -> user.id().equals(done.actor()) || user.id().equals(done.onBehalfOf()))
				.ifPresent(done -> {
					throw new SeparationOfDutiesException(rule.rule());
				});
		});
	}

	/** Runs engine calls as the user, and turns the engine's and the database's race signals into 409. */
	private <R> R as(AppUser user, String taskId, Supplier<R> body) {
		Authentication previous = this.identityService.getCurrentAuthentication();
		this.identityService.setAuthentication(user.id(), user.candidateGroups());
		try {
			return body.get();
		}
		catch (OptimisticLockingException | TaskAlreadyClaimedException | SuspendedEntityInteractionException
				| NullValueException | NotFoundException | DataIntegrityViolationException
				| OptimisticLockingFailureException | PessimisticLockingFailureException | OptimisticLockException ex) {
			throw new TaskConflictException(taskId, State.CHANGED, "该待办刚被他人处理（" + ex.getClass().getSimpleName() + "）");
		}
		catch (PersistenceException ex) {
			if (ex.getCause() instanceof org.hibernate.exception.ConstraintViolationException
					|| ex.getCause() instanceof org.hibernate.StaleStateException) {
				throw new TaskConflictException(taskId, State.CHANGED, "该待办刚被他人处理（" + ex.getCause().getClass().getSimpleName() + "）");
			}
			throw ex;
		}
		finally {
			if (previous == null) {
				this.identityService.clearAuthentication();
			}
			else {
				this.identityService.setAuthentication(previous);
			}
		}
	}

	private InboxRow lock(String taskId) {
		try {
			return this.tasks.findForUpdate(taskId).orElseThrow(() -> gone(taskId));
		}
		catch (PessimisticLockingFailureException ex) {
			throw new TaskConflictException(taskId, State.CHANGED, "该待办正被他人处理（" + ex.getClass().getSimpleName() + "）");
		}
	}

	private TaskConflictException claimedBy(InboxRow row) {
		return new TaskConflictException(row.taskId(), State.CLAIMED, "该待办已被 " + row.assignee() + " 认领");
	}

	/** A task that is not open: completed (by whom, when), ended otherwise, or never existed (404). */
	private DomainException gone(String taskId) {
		if (this.completions.find(taskId).isPresent()) {
			return new TaskConflictException(taskId, State.COMPLETED, "该待办已办结");
		}
		if (this.historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
			return new TaskConflictException(taskId, State.ENDED, "该待办已结束");
		}
		return DomainException.notFound("Task", taskId);
	}

}
