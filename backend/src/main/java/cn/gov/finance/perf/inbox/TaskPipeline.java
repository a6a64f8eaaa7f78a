package cn.gov.finance.perf.inbox;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.gov.finance.perf.engine.TaskCompletionGuard;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.inbox.TaskConflictException.State;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to act on a task. Every task-form endpoint goes through here, which
 * <ol>
 * <li>resolves the task once (from the inbox read model, written in the engine's transactions) and
 * checks that it is of the expected kind, offered to the user — or to someone the user stands in
 * for ({@link Substitutions}) — not claimed by someone else and not delegated to a helper;</li>
 * <li>enforces separation of duties as its process declares it ({@link ProcessModel#separations()}),
 * for the user and for whom they act;</li>
 * <li>acts as the user in Camunda (authenticated user), so the user operation log and
 * {@code ACT_HI_TASKINST} name who completed every task (and a task comment says on whose behalf),
 * and records the completion with its decision in {@code task_completion};</li>
 * <li>is the only code the engine lets complete an application task ({@link TaskCompletionGuard});</li>
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

	private final Substitutions substitutions;

	private final TaskCopies copies;

	private final HolderNames names;

	TaskPipeline(InboxTasks tasks, TaskCompletions completions, ProcessModels models, TaskService taskService,
			HistoryService historyService, IdentityService identityService, EntityManager entityManager,
			ProcessEngine processEngine, Substitutions substitutions, TaskCopies copies, HolderNames names) {
		this.names = names;
		this.entityManager = entityManager;
		this.engine = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
		this.tasks = tasks;
		this.completions = completions;
		this.models = models;
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.substitutions = substitutions;
		this.copies = copies;
	}

	/** A task as offered to a user: directly, or through someone they stand in for. */
	record Offer(InboxRow row, @Nullable String onBehalfOf, @Nullable String onBehalfOfName) {
	}

	/**
	 * Does a step: {@code work} writes the domain record (and sets the variables the process routes
	 * on); then the task is completed, all in the caller's transaction.
	 */
	@Transactional
	public <R> R complete(String taskId, AppUser user, TaskKind kind, Function<TaskStep, R> work) {
		Offer offer = actionable(taskId, user, kind);
		InboxRow row = offer.row();
		if (row.delegated()) {
			throw new TaskConflictException(taskId, State.CHANGED, user.id().equals(row.assignee())
					? Message.of("task.delegatedToYou", this.names.user(row.owner()))
					: Message.of("task.delegatedTo", this.names.user(row.assignee())));
		}
		separate(row, user, offer.onBehalfOf());
		// One engine command around the whole step: reading the variables and completing share the
		// engine's entity cache and flush, so the task and its executions are read once.
		return as(user, taskId, () -> this.engine.getCommandExecutorTxRequired().execute(context -> {
			TaskStep step = new TaskStep(row, this.taskService.getVariables(taskId), user, offer.onBehalfOf());
			R result = work.apply(step);
			// The step's own rows reach the database here, inside the race handling, not at commit.
			this.entityManager.flush();
			this.completions.record(row, user.id(), user.displayName(), offer.onBehalfOf(), step.decision(),
					step.opinion(), AppClock.instant());
			if (offer.onBehalfOf() != null) {
				this.taskService.createComment(taskId, row.processInstanceId(),
						user.displayName() + " 代 " + offer.onBehalfOfName() + " 办理");
			}
			// The one completion the engine guard lets through: this task, now, on this thread.
			TaskCompletionGuard.completing(taskId, () -> this.taskService.complete(taskId, step.completionVariables()));
			return result;
		}));
	}

	/** Works on a task without completing it (a draft, an attachment, a finding recorded as it goes). */
	@Transactional
	public <R> R act(String taskId, AppUser user, TaskKind kind, Function<TaskStep, R> work) {
		Offer offer = actionable(taskId, user, kind);
		return as(user, taskId,
				() -> work.apply(new TaskStep(offer.row(), this.taskService.getVariables(taskId), user, offer.onBehalfOf())));
	}

	/**
	 * A task the user may look at: offered to them (or to whom they stand in for), including one
	 * another user of their group has claimed, and one copied to them (all read only but their own).
	 */
	@Transactional(readOnly = true)
	public TaskStep read(String taskId, AppUser user) {
		Offer offer = visible(taskId, user);
		try {
			return new TaskStep(offer.row(), this.taskService.getVariables(taskId), user, offer.onBehalfOf());
		}
		catch (NullValueException | NotFoundException ex) {
			throw gone(taskId);
		}
	}

	@Transactional
	public void claim(String taskId, AppUser user) {
		Offer offer = actionable(taskId, user, null);
		if (user.id().equals(offer.row().assignee()) || offer.onBehalfOf() != null) {
			return;
		}
		as(user, taskId, () -> {
			this.taskService.claim(taskId, user.id());
			return null;
		});
	}

	@Transactional
	public void release(String taskId, AppUser user) {
		InboxRow row = offered(lock(taskId), user, false).row();
		if (row.assignee() == null) {
			return;
		}
		if (!user.id().equals(row.assignee())) {
			throw claimedBy(row);
		}
		if (row.delegated()) {
			throw new TaskConflictException(taskId, State.CHANGED, Message.of("task.delegatedRelease"));
		}
		as(user, taskId, () -> {
			this.taskService.setAssignee(taskId, null);
			return null;
		});
	}

	/** The open task the user may see, or why not: 409 when it is gone, 403 when not theirs. */
	Offer visible(String taskId, AppUser user) {
		return offered(this.tasks.find(taskId).orElseThrow(() -> gone(taskId)), user, true);
	}

	/** As {@link #visible}, holding the row's lock and ready to act: the actions on one task take turns. */
	Offer actionable(String taskId, AppUser user, @Nullable TaskKind kind) {
		Offer offer = offered(lock(taskId), user, false);
		InboxRow row = offer.row();
		String holder = offer.onBehalfOf() != null ? offer.onBehalfOf() : user.id();
		if (row.assignee() != null && !row.assignee().equals(holder)) {
			throw claimedBy(row);
		}
		if (kind != null && !kind.matches(row.processKey(), row.taskKey())) {
			throw DomainException.conflict("task.wrongKind", row.taskName(), row.taskId(), row.taskKey(), row.processKey(),
					kind.taskKeys());
		}
		return offer;
	}

	/** The open task's row with its groups, whoever asks (for actions that check rights themselves). */
	InboxRow resolveVisibleUnchecked(String taskId) {
		return this.tasks.find(taskId).orElseThrow(() -> gone(taskId));
	}

	InboxRow resolveVisible(String taskId, AppUser user) {
		return visible(taskId, user).row();
	}

	private Offer offered(InboxRow row, AppUser user, boolean readOnlyCopiesToo) {
		// A task assigned to someone the user stands in for is theirs to do on the principal's behalf,
		// even when the user could also see it through a group of their own.
		if (row.assignee() != null && !row.assignee().equals(user.id())) {
			for (Substitutions.Principal principal : this.substitutions.principalsOf(user)) {
				if (principal.id().equals(row.assignee()) && substituteMay(row, user, principal)) {
					return new Offer(row, principal.id(), principal.name());
				}
			}
		}
		if (row.offeredTo(user.id(), user.candidateGroups()) || user.id().equals(row.owner())) {
			return new Offer(row, null, null);
		}
		if (readOnlyCopiesToo && this.copies.copiedTo(row.taskId(), user)) {
			return new Offer(row, null, null);
		}
		throw DomainException.forbidden("task.notOffered", row.taskId());
	}

	/**
	 * A substitute may do a task of the principal's if they could be offered it themselves — one of
	 * its candidate groups is theirs — or, for a task offered to nobody but the principal, if they
	 * share a role.
	 */
	static boolean substituteMay(InboxRow row, AppUser substitute, Substitutions.Principal principal) {
		List<String> groups = substitute.candidateGroups();
		if (!row.groups().isEmpty()) {
			return row.groups().stream().anyMatch(groups::contains);
		}
		return substitute.roles().stream().anyMatch(principal.roles()::contains);
	}

	private void separate(InboxRow row, AppUser user, @Nullable String onBehalfOf) {
		this.models.find(row.processKey()).flatMap(model -> model.separationOf(row.taskKey())).ifPresent(rule -> {
			this.completions.latest(row.processInstanceId(), rule.producers())
				.filter(done -> isOneOf(done.actor(), user.id(), onBehalfOf) || isOneOf(done.onBehalfOf(), user.id(), onBehalfOf))
				.ifPresent(done -> {
					throw new SeparationOfDutiesException(rule.rule());
				});
		});
	}

	private static boolean isOneOf(@Nullable String who, String user, @Nullable String onBehalfOf) {
		return who != null && (who.equals(user) || who.equals(onBehalfOf));
	}

	/** Runs engine calls as the user, and turns the engine's and the database's race signals into 409. */
	<R> R as(AppUser user, String taskId, Supplier<R> body) {
		Authentication previous = this.identityService.getCurrentAuthentication();
		this.identityService.setAuthentication(user.id(), user.candidateGroups());
		try {
			return body.get();
		}
		catch (OptimisticLockingException | TaskAlreadyClaimedException | SuspendedEntityInteractionException
				| NullValueException | NotFoundException | DataIntegrityViolationException
				| OptimisticLockingFailureException | PessimisticLockingFailureException | OptimisticLockException ex) {
			throw new TaskConflictException(taskId, State.CHANGED, Message.of("task.justChanged", ex.getClass().getSimpleName()));
		}
		catch (PersistenceException ex) {
			if (ex.getCause() instanceof org.hibernate.exception.ConstraintViolationException
					|| ex.getCause() instanceof org.hibernate.StaleStateException) {
				throw new TaskConflictException(taskId, State.CHANGED, Message.of("task.justChanged", ex.getCause().getClass().getSimpleName()));
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
			throw new TaskConflictException(taskId, State.CHANGED, Message.of("task.beingChanged", ex.getClass().getSimpleName()));
		}
	}

	private TaskConflictException claimedBy(InboxRow row) {
		return new TaskConflictException(row.taskId(), State.CLAIMED, Message.of("task.claimedBy", this.names.user(row.assignee())));
	}

	/** A task that is not open: completed (by whom, when), ended otherwise, or never existed (404). */
	DomainException gone(String taskId) {
		if (this.completions.find(taskId).isPresent()) {
			return new TaskConflictException(taskId, State.COMPLETED, Message.of("task.completed"));
		}
		if (this.historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
			return new TaskConflictException(taskId, State.ENDED, Message.of("task.ended"));
		}
		return DomainException.notFound("Task", taskId);
	}

}
