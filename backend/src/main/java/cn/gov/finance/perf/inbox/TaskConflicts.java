package cn.gov.finance.perf.inbox;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.ProblemType;
import cn.gov.finance.perf.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a lost race on a task with 409 problem+json that says what happened: completed by whom
 * and when, claimed by whom since when, or ended. Runs after the loser's transaction rolled back,
 * so it reads what the winner committed. The properties {@code taskState}, {@code by},
 * {@code byName} and {@code at} let the client say it in the user's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskConflicts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final TaskCompletions completions;

	private final InboxTasks tasks;

	private final HistoryService historyService;

	private final HolderNames names;

	private final AppClock clock;

	private final Problems problems;

	TaskConflicts(TaskCompletions completions, InboxTasks tasks, HistoryService historyService,
			HolderNames names, AppClock clock, Problems problems) {
		this.problems = problems;
		this.completions = completions;
		this.tasks = tasks;
		this.historyService = historyService;
		this.names = names;
		this.clock = clock;
	}

	@ExceptionHandler(TaskConflictException.class)
	ResponseEntity<ProblemDetail> conflict(TaskConflictException ex, HttpServletRequest request) {
		Outcome outcome = outcome(ex);
		ProblemDetail problem = this.problems.of(request, ProblemType.CONFLICT, outcome.detail(), List.of());
		problem.setProperty("taskState", outcome.state().name());
		if (outcome.by() != null) {
			problem.setProperty("by", outcome.by());
			problem.setProperty("byName", outcome.byName());
		}
		if (outcome.at() != null) {
			problem.setProperty("at", outcome.at().toString());
		}
		return ResponseEntity.status(ProblemType.CONFLICT.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(SeparationOfDutiesException.class)
	ResponseEntity<ProblemDetail> separation(SeparationOfDutiesException ex, HttpServletRequest request) {
		ProblemDetail problem = this.problems.of(request, ProblemType.FORBIDDEN, ex.detail(), List.of());
		// The rule in the reader's words; its code is the detail's parameter.
		problem.setProperty("rule", this.problems.render(Message.of(ex.rule()), Problems.locale(request)));
		return ResponseEntity.status(ProblemType.FORBIDDEN.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private record Outcome(TaskConflictException.State state, String by, String byName, Instant at, Message detail) {
	}

	private Outcome outcome(TaskConflictException ex) {
		Optional<TaskCompletions.Completion> done = this.completions.find(ex.taskId());
		if (done.isPresent()) {
			TaskCompletions.Completion c = done.get();
			String name = c.actorName() != null ? c.actorName() : c.actor();
			return new Outcome(TaskConflictException.State.COMPLETED, c.actor(), name, c.completedAt(),
					Message.of("task.completedBy", name, time(c.completedAt())));
		}
		Optional<InboxRow> open = this.tasks.find(ex.taskId());
		if (open.isPresent() && open.get().assignee() != null) {
			InboxRow row = open.get();
			String name = this.names.user(row.assignee());
			return new Outcome(TaskConflictException.State.CLAIMED, row.assignee(), name, row.claimedAt(),
					row.claimedAt() == null ? Message.of("task.claimedBy", name)
							: Message.of("task.claimedBySince", name, time(row.claimedAt())));
		}
		if (open.isEmpty()) {
			HistoricTaskInstance ended = this.historyService.createHistoricTaskInstanceQuery().taskId(ex.taskId()).singleResult();
			if (ended != null && ended.getEndTime() != null) {
				Instant at = ended.getEndTime().toInstant();
				return new Outcome(TaskConflictException.State.ENDED, null, null, at,
						Message.of("task.endedAt", time(at), Message.of(reason(ended.getDeleteReason()))));
			}
		}
		return new Outcome(TaskConflictException.State.CHANGED, null, null, null, ex.detail());
	}

	private static String reason(@org.springframework.lang.Nullable String deleteReason) {
		return deleteReason == null || deleteReason.equals("deleted") ? "task.endReason.deleted"
				: deleteReason.equals("completed") ? "task.endReason.completed" : "task.endReason.other";
	}

	private String time(Instant instant) {
		return TIME.format(this.clock.zoned(instant));
	}

}
