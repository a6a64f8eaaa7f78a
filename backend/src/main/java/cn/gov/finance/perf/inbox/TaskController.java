package cn.gov.finance.perf.inbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approver's inbox: tabs (to do, claimed by me, done by me), filters, search, sort and real
 * paging over the read model; one task with who holds it; claim and release through the pipeline.
 */
@RestController
@RequestMapping("/api")
class TaskController {

	private final InboxSearch search;

	private final InboxTasks tasks;

	private final TaskPipeline pipeline;

	private final ItemAccess access;

	private final HolderNames names;

	private final Substitutions substitutions;

	TaskController(InboxSearch search, InboxTasks tasks, TaskPipeline pipeline, ItemAccess access, HolderNames names,
			Substitutions substitutions) {
		this.substitutions = substitutions;
		this.search = search;
		this.tasks = tasks;
		this.pipeline = pipeline;
		this.access = access;
		this.names = names;
	}

	enum Tab {

		TODO, CLAIMED

	}

	@Operation(summary = "My open tasks: to do (mine and my groups' unclaimed) or claimed by me, filtered, sorted, paged")
	@GetMapping("/tasks")
	PageView<TaskView> list(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "TODO") Tab tab,
			@RequestParam(required = false) @Size(max = 20) List<TaskStage> stage,
			@RequestParam(required = false) @Size(max = 50) List<String> taskKey,
			@RequestParam(required = false) @Size(max = 20) List<String> itemKind,
			@RequestParam(required = false) @Size(max = 100) List<String> department,
			@RequestParam(required = false) @Size(max = 100) List<String> division,
			@RequestParam(required = false) @Size(max = 20) List<@Min(2000) @Max(2100) Integer> fiscalYear,
			@RequestParam(required = false) @Size(max = 10) List<String> budgetType,
			@RequestParam(required = false) @Size(max = 5) List<String> light,
			@RequestParam(required = false) @Size(max = 5) List<String> grade,
			@RequestParam(required = false) InboxFilter.Due due,
			@RequestParam(required = false) @Min(1) @Max(365) Integer dueWithinDays,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "CREATED") InboxSort sort, @RequestParam(required = false) Direction direction,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		InboxFilter filter = new InboxFilter(list(stage), list(taskKey), list(itemKind), list(department),
				list(division), list(fiscalYear), list(budgetType), list(light), list(grade), due, dueWithinDays,
				q == null || q.isBlank() ? null : q.trim());
		InboxSearch.Page<InboxRow> found = this.search.page(user,
				tab == Tab.CLAIMED ? InboxSearch.Tab.CLAIMED : InboxSearch.Tab.TODO, filter, sort,
				direction == null ? null : direction.name(), page, size);
		return new PageView<>(views(found.rows(), user), found.total(), page, size);
	}

	enum Direction {

		ASC, DESC

	}

	@Operation(summary = "Tasks I completed, latest first",
			description = "totalElements is counted up to " + InboxSearch.DONE_COUNT_LIMIT
					+ ": at or above it there are at least that many, and a full page promises one more")
	@GetMapping("/tasks/done")
	PageView<DoneTaskView> done(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) @Size(max = 20) List<TaskStage> stage,
			@RequestParam(required = false) @Size(max = 50) List<String> taskKey,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		InboxFilter filter = new InboxFilter(list(stage), list(taskKey), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), null, null, q == null || q.isBlank() ? null : q.trim());
		InboxSearch.Page<TaskCompletions.Completion> found = this.search.done(user, filter, page, size);
		return new PageView<>(found.rows()
			.stream()
			.map(c -> new DoneTaskView(c.taskId(), c.taskName(), c.taskKey(), c.stage(), c.itemCode(), c.itemName(),
					c.subject(), c.createdAt(), c.completedAt(), c.decision(), c.opinion(), c.onBehalfOf()))
			.toList(), found.total(), page, size);
	}

	@Operation(summary = "How many tasks are in each tab, and per value of each filter in a tab")
	@GetMapping("/tasks/counts")
	InboxCounts counts(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "TODO") Tab tab) {
		InboxSearch.TabCounts tabs = this.search.tabs(user);
		Map<String, List<InboxSearch.FacetValue>> facets = this.search
			.facets(user, tab == Tab.CLAIMED ? InboxSearch.Tab.CLAIMED : InboxSearch.Tab.TODO);
		OrgDirectory.Names org = this.names.orgs();
		Map<String, List<FacetCount>> labelled = new java.util.LinkedHashMap<>();
		facets.forEach((facet, values) -> labelled.put(facet, values.stream().map(v -> new FacetCount(v.value(),
				switch (facet) {
					case "department" -> org.org(v.value());
					case "division" -> org.division(v.value());
					default -> v.label();
				}, v.count())).toList()));
		return new InboxCounts(tabs.todo(), tabs.claimed(), tabs.done(), labelled);
	}

	@Operation(summary = "One open task I may see; readOnly when another user of my group holds it")
	@GetMapping("/tasks/{taskId}")
	TaskView get(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return views(List.of(this.pipeline.read(taskId, user).row()), user).get(0);
	}

	@Operation(summary = "Take a group task so that nobody else works on it")
	@PostMapping("/tasks/{taskId}/claim")
	TaskView claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		this.pipeline.claim(taskId, user);
		return get(user, taskId);
	}

	@Operation(summary = "Give a claimed task back to its group")
	@PostMapping("/tasks/{taskId}/release")
	TaskView release(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		this.pipeline.release(taskId, user);
		return get(user, taskId);
	}

	@Operation(summary = "Open tasks on one item (for its page)")
	@GetMapping("/items/{code}/tasks")
	List<TaskView> itemTasks(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		BudgetItem item = this.access.requireVisible(code, user);
		boolean all = ItemAccess.seesAll(user);
		// An audit review is finance's and audit's until it is closed, whoever owns the item.
		List<InboxRow> rows = this.tasks.ofItem(item.getCode())
			.stream()
			.filter(row -> all || row.stage() != TaskStage.AUDIT)
			.toList();
		return views(rows, user);
	}

	private List<TaskView> views(List<InboxRow> rows, AppUser user) {
		Set<String> users = new HashSet<>();
		Set<String> groups = new HashSet<>();
		rows.forEach(row -> {
			users.add(row.assignee());
			users.add(row.owner());
			groups.addAll(row.groups());
		});
		Map<String, String> userNames = this.names.users(users);
		Map<String, String> groupNames = this.names.groups(groups);
		OrgDirectory.Names org = rows.stream().anyMatch(r -> r.departmentCode() != null) ? this.names.orgs() : null;
		Instant now = AppClock.instant();
		// Whom the user stands in for matters only for a task assigned to someone else.
		Map<String, String> principals = new java.util.HashMap<>();
		if (rows.stream().anyMatch(row -> row.assignee() != null && !row.assignee().equals(user.id()))) {
			this.substitutions.principalsOf(user).forEach(p -> principals.put(p.id(), p.name()));
		}
		List<String> myGroups = user.candidateGroups();
		return rows.stream().map(row -> {
			boolean standIn = row.assignee() != null && principals.containsKey(row.assignee());
			boolean mine = user.id().equals(row.assignee()) || standIn
					|| (row.assignee() == null && row.groups().stream().anyMatch(myGroups::contains));
			boolean readOnly = !mine || (row.delegated() && !user.id().equals(row.assignee()));
			String holder = row.assignee() != null ? userNames.getOrDefault(row.assignee(), row.assignee())
					: String.join("、", row.groups().stream().map(g -> groupNames.getOrDefault(g, g)).toList());
			return new TaskView(row.taskId(), row.taskName(), row.taskKey(), row.processKey(), row.formKey(), row.stage(),
					row.assignee(), row.assignee() == null ? null : userNames.getOrDefault(row.assignee(), row.assignee()),
					row.claimedAt(), holder, readOnly, row.createdAt(), row.dueAt(),
					row.dueAt() != null && row.dueAt().isBefore(now), row.priority(), row.groups(), row.itemCode(),
					row.itemName(), row.itemKind(), row.departmentCode(),
					org == null ? null : org.org(row.departmentCode()), row.divisionCode(), row.fiscalYear(),
					row.budgetType(), row.amount(), row.warningLight(), row.grade(), row.subject(),
					standIn ? row.assignee() : null, standIn ? principals.get(row.assignee()) : null, row.owner(),
					row.owner() == null ? null : userNames.getOrDefault(row.owner(), row.owner()), row.delegated(),
					row.urgeCount(), row.lastUrgedAt());
		}).toList();
	}

	private static <T> List<T> list(@Nullable List<T> values) {
		return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	/** An open task as the inbox shows it. */
	record TaskView(String id, String name, String taskKey, String processKey, @Nullable String formKey, TaskStage stage,
			@Nullable String assignee, @Nullable String assigneeName, @Nullable Instant claimedAt, String holder,
			boolean readOnly, Instant created, @Nullable Instant due, boolean overdue, int priority,
			List<String> candidateGroups, @Nullable String itemCode, @Nullable String itemName,
			@Nullable String itemKind, @Nullable String departmentCode, @Nullable String departmentName,
			@Nullable String divisionCode, @Nullable Integer fiscalYear, @Nullable String budgetType,
			@Nullable BigDecimal amount, @Nullable String warningLight, @Nullable String grade,
			@Nullable String subject, @Nullable String onBehalfOf, @Nullable String onBehalfOfName, @Nullable String owner,
			@Nullable String ownerName, boolean delegated, int urgeCount, @Nullable Instant lastUrgedAt) {
	}

	/** A task I completed. */
	record DoneTaskView(String id, String name, String taskKey, TaskStage stage, @Nullable String itemCode,
			@Nullable String itemName, @Nullable String subject, Instant created, Instant completed,
			@Nullable String decision, @Nullable String opinion, @Nullable String onBehalfOf) {
	}

	record FacetCount(String value, @Nullable String label, long count) {
	}

	record InboxCounts(long todo, long claimed,
			@Schema(description = "Tasks I completed, counted up to " + InboxSearch.DONE_COUNT_LIMIT
					+ " (that many means at least that many)") long done,
			Map<String, List<FacetCount>> facets) {
	}

}
