package cn.gov.finance.perf.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.system.ProblemType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What people do with a task besides completing it: hand it to a colleague (转办), ask someone to
 * help and get it back (委派 / 交回), copy someone in (抄送), urge its holder (催办), comment on it and
 * attach files. Each action checks who may do it the way the task pipeline does, is recorded in
 * {@code task_action} (the item's timeline), and tells whom it concerns.
 */
@Service
public class TaskActions {

	/** The kinds of recorded action. */
	public enum Action {

		CLAIM, RELEASE, TRANSFER, DELEGATE, RESOLVE, RETURN, WITHDRAW, COPY, URGE

	}

	static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
			"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/zip", "text/plain", "application/ofd");

	private final TaskPipeline pipeline;

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskService taskService;

	private final IdentityService identityService;

	private final IdentityDirectory identities;

	private final TaskCopies copies;

	private final InboxTaskWriter writer;

	private final ApplicationEventPublisher events;

	private final AppClock clock;

	private final int urgesPerDay;

	private final long attachmentMaxBytes;

	TaskActions(TaskPipeline pipeline, NamedParameterJdbcTemplate jdbc, TaskService taskService,
			IdentityService identityService, IdentityDirectory identities, TaskCopies copies, InboxTaskWriter writer,
			ApplicationEventPublisher events, AppClock clock, @Value("${app.inbox.urges-per-day:1}") int urgesPerDay,
			@Value("${app.inbox.attachment-max-bytes:10485760}") long attachmentMaxBytes) {
		this.pipeline = pipeline;
		this.jdbc = jdbc;
		this.taskService = taskService;
		this.identityService = identityService;
		this.identities = identities;
		this.copies = copies;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
		this.urgesPerDay = urgesPerDay;
		this.attachmentMaxBytes = attachmentMaxBytes;
	}

	// ---- transfer and delegation ----

	/** 转办: the task becomes the colleague's, who must be able to do it (one of its groups is theirs). */
	@Transactional
	public void transfer(String taskId, AppUser user, String toUserId, String opinion) {
		TaskPipeline.Offer offer = this.pipeline.actionable(taskId, user, null);
		InboxRow row = offer.row();
		if (row.delegated()) {
			throw DomainException.conflict("task.delegatedTransfer");
		}
		AppUser to = colleague(toUserId, user, "userId");
		if (!mayDo(row, to)) {
			throw DomainException.rule("userId", "transfer.notCandidate", to.displayName());
		}
		this.pipeline.as(user, taskId, () -> {
			this.taskService.setAssignee(taskId, to.id());
			return null;
		});
		record(row, Action.TRANSFER, user, offer.onBehalfOf(), to.id(), null, null, opinion);
		tell(TaskNotice.Kind.TRANSFER, row, List.of(to.id()), List.of(),
				user.displayName() + " 将「" + row.taskName() + "」转给您办理", opinion);
	}

	/** 委派: a helper works on the task and hands it back (Camunda's delegation: the user stays its owner). */
	@Transactional
	public void delegate(String taskId, AppUser user, String toUserId, String note) {
		TaskPipeline.Offer offer = this.pipeline.actionable(taskId, user, null);
		InboxRow row = offer.row();
		if (row.delegated()) {
			throw DomainException.conflict("task.alreadyDelegated", this.identities.userNames(List.of(row.assignee())).getOrDefault(row.assignee(), row.assignee()));
		}
		AppUser to = colleague(toUserId, user, "userId");
		boolean sameOrg = to.orgCode() != null && to.orgCode().equals(user.orgCode());
		if (!mayDo(row, to) && !sameOrg) {
			throw DomainException.rule("userId", "delegate.notAllowed", to.displayName());
		}
		String holder = offer.onBehalfOf() != null ? offer.onBehalfOf() : user.id();
		this.pipeline.as(user, taskId, () -> {
			if (row.assignee() == null) {
				this.taskService.setAssignee(taskId, holder);
			}
			this.taskService.delegateTask(taskId, to.id());
			return null;
		});
		record(row, Action.DELEGATE, user, offer.onBehalfOf(), to.id(), null, null, note);
		tell(TaskNotice.Kind.DELEGATE, row, List.of(to.id()), List.of(),
				user.displayName() + " 请您协助办理「" + row.taskName() + "」", note);
	}

	/** 交回: the helper hands a delegated task back to its owner. */
	@Transactional
	public void resolve(String taskId, AppUser user, String opinion) {
		TaskPipeline.Offer offer = this.pipeline.actionable(taskId, user, null);
		InboxRow row = offer.row();
		if (!row.delegated() || !user.id().equals(row.assignee())) {
			throw DomainException.conflict("task.notDelegatedToYou");
		}
		this.pipeline.as(user, taskId, () -> {
			this.taskService.resolveTask(taskId);
			return null;
		});
		record(row, Action.RESOLVE, user, null, row.owner(), null, null, opinion);
		tell(TaskNotice.Kind.RESOLVE, row, List.of(row.owner()), List.of(),
				user.displayName() + " 已协助完成「" + row.taskName() + "」并交回", opinion);
	}

	// ---- copies ----

	@Transactional
	public int copy(String taskId, AppUser user, List<String> users, List<String> groups, String note) {
		InboxRow row = this.pipeline.visible(taskId, user).row();
		List<FieldMessage> errors = new ArrayList<>();
		Set<String> toUsers = new LinkedHashSet<>();
		for (int i = 0; i < users.size(); i++) {
			String id = users.get(i) == null ? "" : users.get(i).trim();
			if (this.identities.appUser(id).isEmpty()) {
				errors.add(FieldMessage.of("users[" + i + "]", "copy.noSuchUser", id));
			}
			else if (!id.equals(user.id())) {
				toUsers.add(id);
			}
		}
		Set<String> toGroups = new LinkedHashSet<>();
		for (int i = 0; i < groups.size(); i++) {
			String id = groups.get(i) == null ? "" : groups.get(i).trim();
			if (this.identityService.createGroupQuery().groupId(id).count() == 0) {
				errors.add(FieldMessage.of("groups[" + i + "]", "copy.noSuchGroup", id));
			}
			else {
				toGroups.add(id);
			}
		}
		if (errors.isEmpty() && toUsers.isEmpty() && toGroups.isEmpty()) {
			errors.add(FieldMessage.of("users", "copy.nobody"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		toUsers.forEach(u -> this.copies.add(row, u, null, user.id(), note));
		toGroups.forEach(g -> this.copies.add(row, null, g, user.id(), note));
		for (String u : toUsers) {
			record(row, Action.COPY, user, null, u, null, null, note);
		}
		for (String g : toGroups) {
			record(row, Action.COPY, user, null, null, g, null, note);
		}
		tell(TaskNotice.Kind.COPY, row, List.copyOf(toUsers), List.copyOf(toGroups),
				user.displayName() + " 抄送给您：「" + row.taskName() + "」" + about(row), note);
		return toUsers.size() + toGroups.size();
	}

	// ---- urges ----

	/** What became of one urge. */
	public enum UrgeOutcome {

		URGED, ALREADY_URGED, GONE

	}

	public record UrgeResult(String taskId, UrgeOutcome outcome, @Nullable String message) {
	}

	/**
	 * 催办 by a finance coordinator: the holder (the assignee, else every member of the task's groups)
	 * is told; at most {@code app.inbox.urges-per-day} urges per task per day (in app.time-zone).
	 */
	@Transactional
	public UrgeResult urge(String taskId, AppUser user, String note) {
		requireCoordinator(user);
		InboxRow row = this.jdbc.query("select * from inbox_task where task_id = :id for update", Map.of("id", taskId),
				InboxTasks::map).stream().findFirst().orElse(null);
		if (row == null) {
			return new UrgeResult(taskId, UrgeOutcome.GONE, "该待办已办结或已结束");
		}
		LocalDate today = this.clock.today();
		Integer done = this.jdbc.queryForObject("select count(*) from task_urge where task_id = :id and urged_on = :day",
				new MapSqlParameterSource("id", taskId).addValue("day", java.sql.Date.valueOf(today)), Integer.class);
		int already = done == null ? 0 : done;
		if (already >= this.urgesPerDay) {
			return new UrgeResult(taskId, UrgeOutcome.ALREADY_URGED, "今天已催办过（每天最多 " + this.urgesPerDay + " 次）");
		}
		this.jdbc.update("""
				insert into task_urge (task_id, urged_on, seq, urged_by, note, created_at)
				values (:id, :day, :seq, :by, :note, :now)
				""", new MapSqlParameterSource("id", taskId).addValue("day", java.sql.Date.valueOf(today))
			.addValue("seq", already + 1)
			.addValue("by", user.id())
			.addValue("note", note)
			.addValue("now", Timestamp.from(AppClock.instant())));
		this.writer.urged(taskId);
		InboxRow withGroups = this.pipeline.resolveVisibleUnchecked(taskId);
		record(withGroups, Action.URGE, user, null, withGroups.assignee(), null, null, note);
		tell(TaskNotice.Kind.URGE, withGroups, withGroups.assignee() == null ? List.of() : List.of(withGroups.assignee()),
				withGroups.assignee() == null ? withGroups.groups() : List.of(),
				user.displayName() + " 催办「" + withGroups.taskName() + "」" + about(withGroups), note);
		return new UrgeResult(taskId, UrgeOutcome.URGED, null);
	}

	/** Urges recorded on a task, newest first. */
	public record UrgeView(String urgedBy, String urgedByName, @Nullable String note, Instant at) {
	}

	List<UrgeView> urgesOf(String taskId) {
		List<UrgeView> urges = this.jdbc.query(
				"select urged_by, note, created_at from task_urge where task_id = :id order by created_at desc, id desc",
				Map.of("id", taskId),
				(rs, n) -> new UrgeView(rs.getString(1), rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
		Map<String, String> names = this.identities.userNames(urges.stream().map(UrgeView::urgedBy).toList());
		return urges.stream().map(u -> new UrgeView(u.urgedBy(), names.getOrDefault(u.urgedBy(), u.urgedBy()), u.note(), u.at())).toList();
	}

	static void requireCoordinator(AppUser user) {
		if (!user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.ADMIN)) {
			throw DomainException.forbidden("urge.financeOnly");
		}
	}

	// ---- comments and attachments ----

	@Transactional
	public long comment(String taskId, AppUser user, String body) {
		TaskPipeline.Offer offer = this.pipeline.visible(taskId, user);
		InboxRow row = offer.row();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into task_comment (task_id, process_instance_id, task_name, item_code, author, author_name,
				  on_behalf_of, body, created_at)
				values (:taskId, :pi, :name, :item, :author, :authorName, :behalf, :body, :now)
				""", new MapSqlParameterSource("taskId", taskId).addValue("pi", row.processInstanceId())
			.addValue("name", row.taskName())
			.addValue("item", row.itemCode())
			.addValue("author", user.id())
			.addValue("authorName", user.displayName())
			.addValue("behalf", offer.onBehalfOf())
			.addValue("body", body.trim())
			.addValue("now", Timestamp.from(AppClock.instant())), keys, new String[] { "id" });
		return keys.getKey() == null ? 0 : keys.getKey().longValue();
	}

	public record CommentView(long id, String taskId, String taskName, String author, String authorName, @Nullable String onBehalfOf, String body,
			Instant at) {
	}

	List<CommentView> commentsOf(String taskId) {
		return this.jdbc.query("select * from task_comment where task_id = :id order by created_at, id", Map.of("id", taskId),
				(rs, n) -> new CommentView(rs.getLong("id"), rs.getString("task_id"), rs.getString("task_name"), rs.getString("author"), rs.getString("author_name"),
						rs.getString("on_behalf_of"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()));
	}

	List<CommentView> commentsOfItem(String itemCode) {
		return this.jdbc.query("select * from task_comment where item_code = :code order by created_at, id",
				Map.of("code", itemCode),
				(rs, n) -> new CommentView(rs.getLong("id"), rs.getString("task_id"), rs.getString("task_name"), rs.getString("author"), rs.getString("author_name"),
						rs.getString("on_behalf_of"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()));
	}

	public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
			String uploadedBy, String uploadedByName, Instant uploadedAt) {
	}

	/** A file on the task: size and type within limits (413, 415), stored with its SHA-256. */
	@Transactional
	public AttachmentView attach(String taskId, AppUser user, MultipartFile file) {
		InboxRow row = this.pipeline.visible(taskId, user).row();
		if (file.isEmpty()) {
			throw DomainException.invalid("file", "attachment.empty");
		}
		if (file.getSize() > this.attachmentMaxBytes) {
			FieldMessage error = FieldMessage.of("file", "attachment.tooLarge", this.attachmentMaxBytes / (1024 * 1024));
			throw new DomainException(ProblemType.PAYLOAD_TOO_LARGE, error.asMessage(), List.of(error));
		}
		String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
		if (!ATTACHMENT_TYPES.contains(type)) {
			FieldMessage error = FieldMessage.of("file", "attachment.type", type);
			throw new DomainException(ProblemType.UNSUPPORTED_MEDIA_TYPE, error.asMessage(), List.of(error));
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().trim();
		if (name.isEmpty() || name.length() > 255 || name.matches(".*[\\\\/:*?\"<>|\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069].*")) {
			throw DomainException.invalid("file", "attachment.name");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String sha = sha256(content);
		Instant now = AppClock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into task_attachment (task_id, process_instance_id, task_name, item_code, file_name, content_type,
				  size_bytes, sha256, content, uploaded_by, uploaded_at)
				values (:taskId, :pi, :name, :item, :file, :type, :size, :sha, :content, :by, :now)
				""", new MapSqlParameterSource("taskId", taskId).addValue("pi", row.processInstanceId())
			.addValue("name", row.taskName())
			.addValue("item", row.itemCode())
			.addValue("file", name)
			.addValue("type", type)
			.addValue("size", content.length)
			.addValue("sha", sha)
			.addValue("content", content)
			.addValue("by", user.id())
			.addValue("now", Timestamp.from(now)), keys, new String[] { "id" });
		return new AttachmentView(keys.getKey() == null ? 0 : keys.getKey().longValue(), name, type, content.length, sha,
				user.id(), user.displayName(), now);
	}

	List<AttachmentView> attachmentsOf(String taskId) {
		List<AttachmentView> files = this.jdbc.query("""
				select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at from task_attachment
				where task_id = :id order by id
				""", Map.of("id", taskId), (rs, n) -> new AttachmentView(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(6), rs.getTimestamp(7).toInstant()));
		Map<String, String> names = this.identities.userNames(files.stream().map(AttachmentView::uploadedBy).toList());
		return files.stream()
			.map(f -> new AttachmentView(f.id(), f.fileName(), f.contentType(), f.size(), f.sha256(), f.uploadedBy(),
					names.getOrDefault(f.uploadedBy(), f.uploadedBy()), f.uploadedAt()))
			.toList();
	}

	/** Attachments on every task of an item (without their content), by task id, oldest first. */
	Map<String, List<AttachmentView>> attachmentsOfItem(String itemCode) {
		Map<String, List<AttachmentView>> byTask = new java.util.LinkedHashMap<>();
		List<String> taskIds = new ArrayList<>();
		List<AttachmentView> files = this.jdbc.query("""
				select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, task_id from task_attachment
				where item_code = :code order by id
				""", Map.of("code", itemCode), (rs, n) -> {
			taskIds.add(rs.getString(8));
			return new AttachmentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					rs.getString(6), rs.getString(6), rs.getTimestamp(7).toInstant());
		});
		Map<String, String> names = this.identities.userNames(files.stream().map(AttachmentView::uploadedBy).toList());
		for (int i = 0; i < files.size(); i++) {
			AttachmentView f = files.get(i);
			byTask.computeIfAbsent(taskIds.get(i), k -> new ArrayList<>())
				.add(new AttachmentView(f.id(), f.fileName(), f.contentType(), f.size(), f.sha256(), f.uploadedBy(),
						names.getOrDefault(f.uploadedBy(), f.uploadedBy()), f.uploadedAt()));
		}
		return byTask;
	}

	/** Urges on these tasks, by task id, oldest first. */
	Map<String, List<UrgeView>> urgesOfTasks(java.util.Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		Map<String, List<UrgeView>> byTask = new java.util.HashMap<>();
		Set<String> people = new HashSet<>();
		List<String[]> raw = new ArrayList<>();
		List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
		for (int from = 0; from < ids.size(); from += 500) {
			raw.addAll(this.jdbc.query(
					"select task_id, urged_by, note, created_at from task_urge where task_id in (:ids) order by created_at, id",
					Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 500))),
					(rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getTimestamp(4).toInstant().toString() }));
		}
		raw.forEach(r -> people.add(r[1]));
		Map<String, String> names = this.identities.userNames(people);
		for (String[] r : raw) {
			byTask.computeIfAbsent(r[0], k -> new ArrayList<>())
				.add(new UrgeView(r[1], names.getOrDefault(r[1], r[1]), r[2], Instant.parse(r[3])));
		}
		return byTask;
	}

	/** The file, for a download: whoever may see its task's item (the caller checks). */
	public record Download(String fileName, String contentType, byte[] content, String itemCode, String taskId) {
	}

	java.util.Optional<Download> download(long id) {
		return this.jdbc.query("select file_name, content_type, content, item_code, task_id from task_attachment where id = :id",
				Map.of("id", id), (rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
						rs.getString(5)))
			.stream()
			.findFirst();
	}

	// ---- helpers ----

	/**
	 * Whom the user may hand this task to: for a transfer, the members of its candidate groups; for a
	 * delegation also the user's own colleagues. Never the user.
	 */
	@Transactional(readOnly = true)
	public List<IdentityDirectory.Member> colleagues(String taskId, AppUser user, boolean delegation) {
		InboxRow row = this.pipeline.visible(taskId, user).row();
		java.util.Map<String, IdentityDirectory.Member> people = new java.util.TreeMap<>();
		List<String> groups = new ArrayList<>(row.groups());
		if (delegation && user.orgCode() != null) {
			groups.add(Roles.orgGroup(user.orgCode()));
		}
		for (String group : groups) {
			this.identities.members(group).forEach(member -> people.put(member.id(), member));
		}
		people.remove(user.id());
		return List.copyOf(people.values());
	}

	/** Whether the user could be offered the task themselves (one of its candidate groups is theirs). */
	static boolean mayDo(InboxRow row, AppUser user) {
		return row.groups().stream().anyMatch(user.candidateGroups()::contains);
	}

	private AppUser colleague(String userId, AppUser user, String field) {
		AppUser to = this.identities.appUser(userId == null ? null : userId.trim())
			.orElseThrow(() -> DomainException.invalid(field, "transfer.noSuchUser", userId));
		if (to.id().equals(user.id())) {
			throw DomainException.invalid(field, "transfer.self");
		}
		return to;
	}

	void record(InboxRow row, Action action, AppUser actor, @Nullable String onBehalfOf, @Nullable String targetUser,
			@Nullable String targetGroup, @Nullable String targetTaskKey, @Nullable String opinion) {
		this.jdbc.update("""
				insert into task_action (task_id, process_instance_id, task_key, task_name, item_code, subject, action, actor,
				  actor_name, on_behalf_of, target_user, target_group, target_task_key, opinion, created_at)
				values (:taskId, :pi, :key, :name, :item, :subject, :action, :actor, :actorName, :behalf, :targetUser,
				  :targetGroup, :targetKey, :opinion, :now)
				""", new MapSqlParameterSource("taskId", row.taskId()).addValue("pi", row.processInstanceId())
			.addValue("key", row.taskKey())
			.addValue("name", row.taskName())
			.addValue("item", row.itemCode())
			.addValue("subject", row.subject())
			.addValue("action", action.name())
			.addValue("actor", actor.id())
			.addValue("actorName", actor.displayName())
			.addValue("behalf", onBehalfOf)
			.addValue("targetUser", targetUser)
			.addValue("targetGroup", targetGroup)
			.addValue("targetKey", targetTaskKey)
			.addValue("opinion", opinion == null ? null : opinion.trim())
			.addValue("now", Timestamp.from(AppClock.instant())));
	}

	/** A recorded action on a task, for the task page and the item's timeline. */
	public record ActionView(String taskId, String taskName, Action action, String actor, String actorName,
			@Nullable String onBehalfOf, @Nullable String onBehalfOfName, @Nullable String targetUser,
			@Nullable String targetUserName, @Nullable String targetGroup, @Nullable String targetGroupName,
			@Nullable String targetTaskKey, @Nullable String opinion, Instant at) {
	}

	List<ActionView> actionsOf(String column, String value) {
		List<ActionView> raw = this.jdbc.query("select * from task_action where " + column + " = :v order by created_at, id",
				Map.of("v", value),
				(rs, n) -> new ActionView(rs.getString("task_id"), rs.getString("task_name"), Action.valueOf(rs.getString("action")),
						rs.getString("actor"), rs.getString("actor_name"), rs.getString("on_behalf_of"), null,
						rs.getString("target_user"), null, rs.getString("target_group"), null, rs.getString("target_task_key"),
						rs.getString("opinion"), rs.getTimestamp("created_at").toInstant()));
		Set<String> userIds = new HashSet<>();
		Set<String> groupIds = new HashSet<>();
		raw.forEach(a -> {
			userIds.add(a.onBehalfOf());
			userIds.add(a.targetUser());
			groupIds.add(a.targetGroup());
		});
		Map<String, String> users = this.identities.userNames(userIds);
		Map<String, String> groups = this.identities.groupNames(groupIds);
		return raw.stream()
			.map(a -> new ActionView(a.taskId(), a.taskName(), a.action(), a.actor(), a.actorName(), a.onBehalfOf(),
					name(users, a.onBehalfOf()), a.targetUser(), name(users, a.targetUser()), a.targetGroup(),
					name(groups, a.targetGroup()), a.targetTaskKey(), a.opinion(), a.at()))
			.toList();
	}

	private static @Nullable String name(Map<String, String> names, @Nullable String id) {
		return id == null ? null : names.getOrDefault(id, id);
	}

	void tell(TaskNotice.Kind kind, InboxRow row, List<String> users, List<String> groups, String title,
			@Nullable String body) {
		this.events.publishEvent(new TaskNotice(kind, row.taskId(), row.itemCode(), users, groups, title, body));
	}

	static String about(InboxRow row) {
		return row.itemCode() != null ? "（" + row.itemCode() + " " + (row.itemName() == null ? "" : row.itemName()) + "）"
				: row.subject() != null ? "（" + row.subject() + "）" : "";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


}
