package cn.gov.finance.perf.inbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Approver inbox II over HTTP: return and withdraw, transfer and delegate, copies, urges, bulk
 * approval, leave delegation, comments and attachments, and a task's or an item's activity.
 */
@RestController
@RequestMapping("/api")
class TaskActionController {

	private final TaskActions actions;

	private final TaskReturns returns;

	private final BulkApprovals bulk;

	private final Substitutions substitutions;

	private final TaskCopies copies;

	private final TaskPipeline pipeline;

	private final ItemAccess access;

	private final IdentityDirectory identities;

	TaskActionController(TaskActions actions, TaskReturns returns, BulkApprovals bulk, Substitutions substitutions,
			TaskCopies copies, TaskPipeline pipeline, ItemAccess access, IdentityDirectory identities) {
		this.identities = identities;
		this.actions = actions;
		this.returns = returns;
		this.bulk = bulk;
		this.substitutions = substitutions;
		this.copies = copies;
		this.pipeline = pipeline;
		this.access = access;
	}

	record Handover(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 2000) String opinion) {
	}

	record Opinion(@NotBlank @Size(max = 2000) String opinion) {
	}

	record ReturnRequest(@NotBlank @Size(max = 128) String target, @NotBlank @Size(max = 2000) String opinion) {
	}

	record ReturnPreviewRequest(@NotBlank @Size(max = 128) String target) {
	}

	record CopyRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> users,
			@NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> groups, @Size(max = 500) String note) {
	}

	record UrgeRequest(@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> taskIds,
			@Size(max = 500) String note) {
	}

	record BulkRequest(@NotEmpty @Size(max = BulkApprovals.MAX_TASKS) List<@NotBlank @Size(max = 64) String> taskIds,
			@Size(max = 2000) String opinion) {
	}

	record CommentRequest(@NotBlank @Size(max = 4000) String body) {
	}

	record SubstitutionRequest(@NotBlank @Size(max = 64) String substitute, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @Size(max = 500) String note) {
	}

	record ActionDone(String message) {
	}

	@Operation(summary = "转办: hand the task to a colleague who may do it")
	@PostMapping("/tasks/{taskId}/transfer")
	ActionDone transfer(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @Valid @RequestBody Handover body) {
		this.actions.transfer(taskId, user, body.userId(), body.opinion());
		return new ActionDone("已转办");
	}

	@Operation(summary = "委派: ask a colleague to help; the task comes back when they resolve it")
	@PostMapping("/tasks/{taskId}/delegate")
	ActionDone delegate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @Valid @RequestBody Handover body) {
		this.actions.delegate(taskId, user, body.userId(), body.opinion());
		return new ActionDone("已委派");
	}

	@Operation(summary = "交回: the helper hands a delegated task back to its owner")
	@PostMapping("/tasks/{taskId}/resolve")
	ActionDone resolve(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @Valid @RequestBody Opinion body) {
		this.actions.resolve(taskId, user, body.opinion());
		return new ActionDone("已交回");
	}

	@Operation(summary = "Whom I may transfer (or delegate) this task to")
	@GetMapping("/tasks/{taskId}/colleagues")
	List<IdentityDirectory.Member> colleagues(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@RequestParam(defaultValue = "false") boolean delegation) {
		return this.actions.colleagues(taskId, user, delegation);
	}

	@Operation(summary = "The steps this task may be returned to (computed from history)")
	@GetMapping("/tasks/{taskId}/return-targets")
	List<TaskReturns.ReturnTarget> returnTargets(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return this.returns.targets(taskId, user);
	}

	@Operation(summary = "What returning to a step would do: which tasks end, which step reopens, for whom")
	@PostMapping("/tasks/{taskId}/return-preview")
	TaskReturns.ReturnPreview returnPreview(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ReturnPreviewRequest body) {
		return this.returns.preview(taskId, user, body.target());
	}

	@Operation(summary = "退回: send the task back to an earlier step, with the reason")
	@PostMapping("/tasks/{taskId}/return")
	TaskReturns.ReturnPreview sendBack(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody ReturnRequest body) {
		return this.returns.sendBack(taskId, user, body.target(), body.opinion());
	}

	@Operation(summary = "撤回: take back a step I completed while its next step is untouched")
	@PostMapping("/tasks/{taskId}/withdraw")
	TaskReturns.ReturnPreview withdraw(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody Opinion body) {
		return this.returns.withdraw(taskId, user, body.opinion());
	}

	@Operation(summary = "抄送: send a read-only copy to people or groups")
	@PostMapping("/tasks/{taskId}/copies")
	ActionDone copy(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @Valid @RequestBody CopyRequest body) {
		int n = this.actions.copy(taskId, user, body.users(), body.groups(), body.note());
		return new ActionDone("已抄送 " + n + " 处");
	}

	record CopyView(long id, String taskId, String taskName, @Nullable String itemCode, @Nullable String subject,
			String copiedBy, String copiedByName, @Nullable String note, Instant createdAt, @Nullable Instant readAt) {
	}

	@Operation(summary = "Copies sent to me (or my groups), newest first")
	@GetMapping("/tasks/copies")
	PageView<CopyView> copies(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		List<TaskCopies.Copy> found = this.copies.of(user, page, size);
		Map<String, String> names = this.identities.userNames(found.stream().map(TaskCopies.Copy::copiedBy).toList());
		List<CopyView> rows = found.stream()
			.map(c -> new CopyView(c.id(), c.taskId(), c.taskName(), c.itemCode(), c.subject(), c.copiedBy(),
					names.getOrDefault(c.copiedBy(), c.copiedBy()), c.note(), c.createdAt(), c.readAt()))
			.toList();
		return new PageView<>(rows, this.copies.count(user, false), page, size);
	}

	@Operation(summary = "Mark my copies of a task read")
	@PostMapping("/tasks/{taskId}/copy-read")
	ActionDone copyRead(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		this.copies.read(taskId, user);
		return new ActionDone("已读");
	}

	@Operation(summary = "催办: urge the holders of tasks (finance coordinators); at most once per task per day")
	@PostMapping("/tasks/urges")
	List<TaskActions.UrgeResult> urge(@AuthenticationPrincipal AppUser user, @Valid @RequestBody UrgeRequest body) {
		TaskActions.requireCoordinator(user);
		List<TaskActions.UrgeResult> results = new ArrayList<>();
		for (String taskId : body.taskIds().stream().distinct().toList()) {
			results.add(this.actions.urge(taskId, user, body.note()));
		}
		return results;
	}

	@Operation(summary = "The task kinds that can be approved in bulk")
	@GetMapping("/tasks/bulk-kinds")
	List<String> bulkKinds() {
		return this.bulk.kinds();
	}

	@Operation(summary = "What a bulk approval would do to each task, and which cannot be done and why")
	@PostMapping("/tasks/bulk-preview")
	List<BulkApprovals.BulkItem> bulkPreview(@AuthenticationPrincipal AppUser user, @Valid @RequestBody BulkRequest body) {
		return this.bulk.preview(body.taskIds(), user);
	}

	@Operation(summary = "批量审批: approve tasks of one kind with one opinion, each in its own transaction")
	@PostMapping("/tasks/bulk-approve")
	List<BulkApprovals.BulkItem> bulkApprove(@AuthenticationPrincipal AppUser user, @Valid @RequestBody BulkRequest body) {
		if (body.opinion() == null || body.opinion().isBlank()) {
			throw DomainException.invalid("opinion", "task.opinionRequired");
		}
		return this.bulk.approve(body.taskIds(), user, body.opinion().trim());
	}

	record SubstitutionView(long id, String principal, String principalName, String substitute, String substituteName,
			LocalDate startsOn, LocalDate endsOn, @Nullable String note) {

		static SubstitutionView of(Substitution s, Map<String, String> names) {
			return new SubstitutionView(s.getId(), s.getPrincipal(), names.getOrDefault(s.getPrincipal(), s.getPrincipal()),
					s.getSubstitute(), names.getOrDefault(s.getSubstitute(), s.getSubstitute()), s.getStartsOn(), s.getEndsOn(),
					s.getNote());
		}

	}

	private List<SubstitutionView> views(List<Substitution> found) {
		Map<String, String> names = this.identities.userNames(
				found.stream().flatMap(s -> java.util.stream.Stream.of(s.getPrincipal(), s.getSubstitute())).toList());
		return found.stream().map(s -> SubstitutionView.of(s, names)).toList();
	}

	record Substitutes(List<SubstitutionView> mine, List<SubstitutionView> forOthers) {
	}

	@Operation(summary = "My leave substitutes, and whom I stand in for (current and coming)")
	@GetMapping("/me/substitutions")
	Substitutes mySubstitutions(@AuthenticationPrincipal AppUser user) {
		return new Substitutes(views(this.substitutions.ofPrincipal(user)), views(this.substitutions.ofSubstitute(user)));
	}

	@Operation(summary = "Who may stand in for me: colleagues of my organisation with a role in common")
	@GetMapping("/me/substitute-candidates")
	List<IdentityDirectory.Member> substituteCandidates(@AuthenticationPrincipal AppUser user) {
		return this.substitutions.candidates(user);
	}

	@Operation(summary = "Name a substitute for a date range (leave)")
	@PostMapping("/me/substitutions")
	ResponseEntity<SubstitutionView> nameSubstitute(@AuthenticationPrincipal AppUser user,
			@Valid @RequestBody SubstitutionRequest body) {
		Substitution s = this.substitutions.name(user, body.substitute(), body.startsOn(), body.endsOn(), body.note());
		return ResponseEntity.created(URI.create("/api/me/substitutions/" + s.getId())).body(views(List.of(s)).get(0));
	}

	@Operation(summary = "End a leave substitution")
	@DeleteMapping("/me/substitutions/{id}")
	ResponseEntity<Void> cancelSubstitute(@AuthenticationPrincipal AppUser user, @PathVariable Long id) {
		this.substitutions.cancel(user, id);
		return ResponseEntity.noContent().build();
	}

	record TaskActivity(List<TaskActions.ActionView> actions, List<TaskActions.CommentView> comments,
			List<TaskActions.AttachmentView> attachments, List<TaskActions.UrgeView> urges) {
	}

	@Operation(summary = "What happened on an open task: actions, comments, attachments, urges")
	@GetMapping("/tasks/{taskId}/activity")
	TaskActivity activity(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		this.pipeline.visible(taskId, user);
		return new TaskActivity(this.actions.actionsOf("task_id", taskId), this.actions.commentsOf(taskId),
				this.actions.attachmentsOf(taskId), this.actions.urgesOf(taskId));
	}

	@Operation(summary = "Comment on a task")
	@PostMapping("/tasks/{taskId}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	ActionDone comment(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @Valid @RequestBody CommentRequest body) {
		this.actions.comment(taskId, user, body.body());
		return new ActionDone("已评论");
	}

	@Operation(summary = "Attach a file to a task (PDF, Office, images, zip, text, OFD; up to app.inbox.attachment-max-bytes)")
	@PostMapping(path = "/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TaskActions.AttachmentView attach(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@RequestPart("file") MultipartFile file) {
		return this.actions.attach(taskId, user, file);
	}

	@Operation(summary = "Download a task attachment (as a file, never shown inline)")
	@GetMapping("/task-attachments/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
		TaskActions.Download file = this.actions.download(id).orElseThrow(() -> DomainException.notFound("Attachment", id));
		if (file.itemCode() != null) {
			this.access.requireVisible(file.itemCode(), user);
		}
		else if (!ItemAccess.seesAll(user)) {
			this.pipeline.visible(file.taskId(), user);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(file.content());
	}

}
