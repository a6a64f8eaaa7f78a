package cn.gov.finance.perf.inbox;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The inbox over HTTP: every refusal of the task pipeline, every filter and sort, the tabs and
 * counts, saved views, and the history that names who completed each task. Items of fiscal year
 * {@value #YEAR} belong to this class alone, so its filters can count exactly.
 */
@IntegrationTest
class InboxApiTest {

	static final int YEAR = 2041;

	static final int PROBE_YEAR = 2061;

	@Autowired
	private SliceApi api;

	@Autowired
	private TaskService taskService;

	@Autowired
	private HistoryService historyService;

	@Autowired
	private ItemService items;

	@Autowired
	private cn.gov.finance.perf.item.BudgetItemRepository itemRepository;

	@Autowired
	private AppClock clock;

	@Autowired
	private InboxSearch search;

	@Autowired
	private InboxReconciler reconciler;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** Made once for the class; tests that change their tasks make their own items instead. */
	private static final List<String> codes = new ArrayList<>();

	@BeforeEach
	void sixItemsOfTheYear() throws Exception {
		if (!codes.isEmpty()) {
			return;
		}
		// edu: three projects and a policy, one of them a fund budget; health: two projects.
		codes.add(propose("edu", "PROJECT", "GENERAL_PUBLIC", "300000.00", "牧区寄宿制学校供暖改造"));
		codes.add(propose("edu", "PROJECT", "GOVERNMENT_FUND", "9000000.00", "教育专项债配套工程"));
		codes.add(propose("edu", "POLICY", "GENERAL_PUBLIC", "1500000.00", "学前教育资助政策"));
		codes.add(propose("edu", "PROJECT", "GENERAL_PUBLIC", "50000.00", "校园安全监控升级"));
		codes.add(propose("health", "PROJECT", "GENERAL_PUBLIC", "800000.00", "基层卫生院设备更新"));
		codes.add(propose("health", "PROJECT", "GENERAL_PUBLIC", "700000.00", "急救站点建设"));
	}

	private String propose(String department, String kind, String budgetType, String amount, String name) throws Exception {
		return propose(department, kind, budgetType, amount, name, YEAR);
	}

	private String propose(String department, String kind, String budgetType, String amount, String name, int year)
			throws Exception {
		Map<String, Object> body = proposal(department, null, false);
		body.put("name", name + "-" + System.nanoTime());
		body.put("kind", kind);
		body.put("budgetType", budgetType);
		body.put("amount", amount);
		body.put("fiscalYear", year);
		return this.api.propose(department, body);
	}

	private JsonNode inbox(String user, String query) throws Exception {
		return this.api.read(this.api.get(user, "/api/tasks?fiscalYear=" + YEAR + "&" + query).andExpect(status().isOk()));
	}

	private static List<String> codesOf(JsonNode page) {
		return page.get("content").findValuesAsText("itemCode");
	}

	@Test
	void shouldShowEachDepartmentOnlyItsOwnTasksAndFilterSortAndPageThem() throws Exception {
		JsonNode edu = inbox("edu", "size=100");
		assertThat(edu.get("totalElements").asInt()).isEqualTo(4);
		assertThat(codesOf(edu)).containsExactlyInAnyOrderElementsOf(codes.subList(0, 4));
		assertThat(codesOf(inbox("health", "size=100"))).containsExactlyInAnyOrderElementsOf(codes.subList(4, 6));
		// The assessment step of the department's own items: every row names its stage, kind and department.
		assertThat(edu.get("content").findValuesAsText("stage")).containsOnly("ASSESSMENT");
		assertThat(edu.get("content").findValuesAsText("taskKey")).containsOnly("Task_FillAssessment");
		assertThat(edu.get("content").findValuesAsText("departmentName")).containsOnly("盟教育局");
		assertThat(edu.get("content").findValuesAsText("holder")).containsOnly("盟教育局");

		assertThat(codesOf(inbox("edu", "itemKind=POLICY"))).containsExactly(codes.get(2));
		assertThat(codesOf(inbox("edu", "budgetType=GOVERNMENT_FUND"))).containsExactly(codes.get(1));
		assertThat(codesOf(inbox("edu", "department=edu&department=health"))).hasSize(4);
		assertThat(codesOf(inbox("edu", "stage=MONITORING"))).isEmpty();
		assertThat(codesOf(inbox("edu", "taskKey=Task_FillAssessment"))).hasSize(4);
		assertThat(codesOf(inbox("edu", "division=152500"))).hasSize(4);
		assertThat(codesOf(inbox("edu", "q=" + codes.get(3)))).containsExactly(codes.get(3));
		assertThat(codesOf(inbox("edu", "q=学前教育"))).containsExactly(codes.get(2));
		assertThat(codesOf(inbox("edu", "q=100%25"))).isEmpty();

		// Warning light and grade follow the item (copied to its open tasks in the same transaction).
		Long heating = this.itemRepository.findByCode(codes.get(0)).orElseThrow().getId();
		this.items.showWarningLight(heating, "RED");
		this.items.showGrade(heating, "GOOD");
		assertThat(codesOf(inbox("edu", "light=RED"))).containsExactly(codes.get(0));
		assertThat(codesOf(inbox("edu", "grade=GOOD"))).containsExactly(codes.get(0));
		assertThat(codesOf(inbox("edu", "light=GREEN"))).isEmpty();

		// Due dates: one overdue, one due in two days, the rest without.
		String overdue = taskOf("edu", codes.get(1));
		String soon = taskOf("edu", codes.get(2));
		this.taskService.setDueDate(overdue, Date.from(this.clock.now().minus(Duration.ofDays(2))));
		this.taskService.setDueDate(soon, Date.from(this.clock.now().plus(Duration.ofDays(2))));
		this.taskService.setPriority(soon, 90);
		assertThat(codesOf(inbox("edu", "due=OVERDUE"))).containsExactly(codes.get(1));
		assertThat(inbox("edu", "due=OVERDUE").get("content").get(0).get("overdue").asBoolean()).isTrue();
		assertThat(codesOf(inbox("edu", "due=SOON"))).containsExactly(codes.get(2));
		assertThat(codesOf(inbox("edu", "due=SOON&dueWithinDays=1"))).isEmpty();
		assertThat(codesOf(inbox("edu", "due=NONE"))).containsExactlyInAnyOrder(codes.get(0), codes.get(3));

		// Sorts: by amount (largest first), due (soonest first, none last), priority, created.
		assertThat(codesOf(inbox("edu", "sort=AMOUNT"))).containsExactly(codes.get(1), codes.get(2),
				codes.get(0), codes.get(3));
		assertThat(codesOf(inbox("edu", "sort=AMOUNT&direction=ASC"))).containsExactly(codes.get(3),
				codes.get(0), codes.get(2), codes.get(1));
		assertThat(codesOf(inbox("edu", "sort=DUE")).subList(0, 2)).containsExactly(codes.get(1), codes.get(2));
		assertThat(codesOf(inbox("edu", "sort=PRIORITY")).get(0)).isEqualTo(codes.get(2));
		// Arrival times tie within a second on MySQL (as Camunda's own do): the order holds between seconds.
		assertThat(inbox("edu", "sort=CREATED").get("content").findValuesAsText("created")).isSorted();
		assertThat(inbox("edu", "sort=CREATED&direction=DESC").get("content").findValuesAsText("created"))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// Real paging: pages do not overlap and the total stays the total.
		JsonNode first = inbox("edu", "size=3&page=0&sort=AMOUNT");
		JsonNode second = inbox("edu", "size=3&page=1&sort=AMOUNT");
		assertThat(first.get("totalElements").asInt()).isEqualTo(4);
		assertThat(second.get("totalElements").asInt()).isEqualTo(4);
		assertThat(codesOf(first)).hasSize(3).doesNotContainAnyElementsOf(codesOf(second));
		assertThat(codesOf(second)).containsExactly(codes.get(3));
		JsonNode beyond = inbox("edu", "size=3&page=7");
		assertThat(beyond.get("content")).isEmpty();
		assertThat(beyond.get("totalElements").asInt()).isEqualTo(4);

		// Bad parameters are refused with the parameter named.
		this.api.get("edu", "/api/tasks?size=1000").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.api.get("edu", "/api/tasks?sort=NAME").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		this.api.get("edu", "/api/tasks?stage=NOWHERE").andExpect(status().isBadRequest());
		this.api.get("edu", "/api/tasks?fiscalYear=99999").andExpect(status().isBadRequest());
	}

	@Test
	void shouldCountTheTabsAndEveryFilterValue() throws Exception {
		JsonNode counts = this.api.read(this.api.get("edu", "/api/tasks/counts").andExpect(status().isOk()));
		JsonNode years = facet(counts, "fiscalYear", String.valueOf(YEAR));
		assertThat(years.get("count").asInt()).isEqualTo(4);
		JsonNode all = this.api.read(this.api.get("edu", "/api/tasks?size=1"));
		assertThat(counts.get("todo").asLong()).isEqualTo(all.get("totalElements").asLong());
		assertThat(facet(counts, "department", "edu").get("label").asText()).isEqualTo("盟教育局");
		assertThat(facet(counts, "taskKey", "Task_FillAssessment").get("label").asText()).isEqualTo("填报事前绩效评估");
		assertThat(facet(counts, "stage", "ASSESSMENT").get("count").asLong()).isGreaterThanOrEqualTo(4);

		// Claiming moves a task to "claimed by me"; the done tab counts completions.
		String task = taskOf("edu", codes.get(3));
		long claimedBefore = counts.get("claimed").asLong();
		this.api.post("edu", "/api/tasks/" + task + "/claim", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("edu"))
			.andExpect(jsonPath("$.assigneeName").value("张教育"))
			.andExpect(jsonPath("$.readOnly").value(false));
		JsonNode after = this.api.read(this.api.get("edu", "/api/tasks/counts?tab=CLAIMED"));
		assertThat(after.get("claimed").asLong()).isEqualTo(claimedBefore + 1);
		assertThat(codesOf(this.api.read(this.api.get("edu", "/api/tasks?tab=CLAIMED&q=" + codes.get(3)))))
			.containsExactly(codes.get(3));
		this.api.post("edu", "/api/tasks/" + task + "/release", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").doesNotExist());
	}

	/**
	 * Without a filter, the unclaimed tasks of a user's groups are read from the group rows and
	 * their copies of the task's sort keys (V74): sorts, paging, a task in two of the user's groups,
	 * a claim, a changed amount and due date, and a copy edited behind the application's back.
	 * Two groups of this test alone, so the user sees exactly these tasks; its items are of
	 * {@value #PROBE_YEAR}, so they do not count in the other tests' year.
	 */
	@Test
	void shouldPageAnUnfilteredInboxFromTheGroupRowsAndKeepTheirCopiesTrue() throws Exception {
		String a = "probe-a-" + System.nanoTime();
		String b = "probe-b-" + System.nanoTime();
		List<String> mine = new ArrayList<>();
		for (String amount : List.of("100.00", "300.00", "200.00")) {
			mine.add(propose("edu", "PROJECT", "GENERAL_PUBLIC", amount, "分组副本探针", PROBE_YEAR));
		}
		String t1 = taskOf("edu", mine.get(0));
		String t2 = taskOf("edu", mine.get(1));
		String t3 = taskOf("edu", mine.get(2));
		// Offered also to the probe's groups (t2 to both) by the engine; the repair writes the group rows.
		this.taskService.addCandidateGroup(t1, a);
		this.taskService.addCandidateGroup(t2, a);
		this.taskService.addCandidateGroup(t2, b);
		this.taskService.addCandidateGroup(t3, b);
		assertThat(this.reconciler.differences().changed()).isEqualTo(3);
		this.reconciler.reconcile();
		AppUser probe = new AppUser("probe-" + System.nanoTime(), "探针", Set.of(a, b), null);

		InboxSearch.Page<InboxRow> all = page(probe, InboxSort.CREATED, null, 0, 20);
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.rows()).extracting(InboxRow::itemCode).containsExactlyInAnyOrderElementsOf(mine);
		assertThat(all.rows().stream().filter(r -> r.taskId().equals(t2)).findFirst().orElseThrow().groups())
			.contains(a, b);
		assertThat(this.search.tabs(probe).todo()).isEqualTo(3);
		assertThat(codes(page(probe, InboxSort.AMOUNT, null, 0, 20))).containsExactly(mine.get(1), mine.get(2), mine.get(0));
		assertThat(codes(page(probe, InboxSort.AMOUNT, "asc", 0, 20))).containsExactly(mine.get(0), mine.get(2), mine.get(1));
		InboxSearch.Page<InboxRow> first = page(probe, InboxSort.AMOUNT, null, 0, 2);
		InboxSearch.Page<InboxRow> second = page(probe, InboxSort.AMOUNT, null, 1, 2);
		assertThat(codes(first)).containsExactly(mine.get(1), mine.get(2));
		assertThat(codes(second)).containsExactly(mine.get(0));
		assertThat(second.total()).isEqualTo(3);

		// The copies follow the task and the item: due date, priority, amount.
		this.taskService.setDueDate(t1, Date.from(this.clock.now().plus(Duration.ofDays(1))));
		this.taskService.setPriority(t3, 95);
		Long smallest = this.itemRepository.findByCode(mine.get(0)).orElseThrow().getId();
		this.items.approveBudget(smallest, new java.math.BigDecimal("900.00"));
		assertThat(codes(page(probe, InboxSort.DUE, null, 0, 20)).get(0)).isEqualTo(mine.get(0));
		assertThat(codes(page(probe, InboxSort.PRIORITY, null, 0, 20)).get(0)).isEqualTo(mine.get(2));
		assertThat(codes(page(probe, InboxSort.AMOUNT, null, 0, 20))).containsExactly(mine.get(0), mine.get(1), mine.get(2));
		// The counts per filter value, all from one pass over the tab's tasks.
		Map<String, List<InboxSearch.FacetValue>> facets = this.search.facets(probe, InboxSearch.Tab.TODO);
		assertThat(facets.get("fiscalYear")).containsExactly(new InboxSearch.FacetValue(String.valueOf(PROBE_YEAR), null, 3));
		assertThat(facets.get("stage")).containsExactly(new InboxSearch.FacetValue("ASSESSMENT", null, 3));
		assertThat(facets.get("taskKey")).containsExactly(new InboxSearch.FacetValue("Task_FillAssessment", "填报事前绩效评估", 3));
		assertThat(facets.get("due")).containsExactly(new InboxSearch.FacetValue("NONE", null, 2),
				new InboxSearch.FacetValue("SOON", null, 1));
		assertThat(facets.get("department")).containsExactly(new InboxSearch.FacetValue("edu", null, 3));
		assertThat(facets).doesNotContainKey("light");

		// Claimed by someone: no longer the probe's to do, in either group; released: back.
		this.taskService.claim(t2, "edu");
		assertThat(codes(page(probe, InboxSort.CREATED, null, 0, 20))).containsExactlyInAnyOrder(mine.get(0), mine.get(2));
		assertThat(this.search.tabs(probe).todo()).isEqualTo(2);
		this.taskService.setAssignee(t2, null);
		assertThat(page(probe, InboxSort.CREATED, null, 0, 20).total()).isEqualTo(3);

		// A copy edited behind the application's back is found and repaired.
		this.jdbc.update("update inbox_task_group set unclaimed = false where task_id = ?", t3);
		assertThat(page(probe, InboxSort.CREATED, null, 0, 20).total()).isEqualTo(2);
		assertThat(this.reconciler.differences().changed()).isEqualTo(1);
		assertThat(this.reconciler.reconcile().changed()).isEqualTo(1);
		assertThat(page(probe, InboxSort.CREATED, null, 0, 20).total()).isEqualTo(3);
	}

	/**
	 * The done tab of someone with more completions than the limit: the badge count stops at the
	 * limit, the page is the latest first, and the total says at least the limit.
	 */
	@Test
	void shouldCountAVeteransCompletionsUpToTheLimitAndPageThemLatestFirst() {
		AppUser veteran = new AppUser("veteran-" + System.nanoTime(), "老办事员", Set.of("probe-" + System.nanoTime()), null);
		int completions = InboxSearch.DONE_COUNT_LIMIT + 5;
		java.time.LocalDateTime start = java.time.LocalDateTime.of(2061, 1, 1, 8, 0);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < completions; i++) {
			rows.add(new Object[] { "vt-" + veteran.id() + "-" + i, veteran.id(), java.sql.Timestamp.valueOf(start),
					java.sql.Timestamp.valueOf(start.plusMinutes(i)) });
		}
		this.jdbc.batchUpdate("insert into task_completion (task_id, process_instance_id, process_key, task_key, task_name, "
				+ "stage, actor, created_at, completed_at) values (?, 'vt', 'vt', 'Task_Vt', '核查', 'ASSESSMENT', ?, ?, ?)", rows);
		try {
			assertThat(this.search.tabs(veteran).done()).isEqualTo(InboxSearch.DONE_COUNT_LIMIT);
			InboxSearch.Page<TaskCompletions.Completion> first = this.search.done(veteran, InboxFilter.none(), 0, 20);
			assertThat(first.total()).isEqualTo(InboxSearch.DONE_COUNT_LIMIT);
			assertThat(first.rows()).hasSize(20);
			assertThat(first.rows().get(0).taskId()).isEqualTo("vt-" + veteran.id() + "-" + (completions - 1));
			// Past the limit a full page promises one more, so every completion stays reachable.
			InboxSearch.Page<TaskCompletions.Completion> atLimit = this.search.done(veteran, InboxFilter.none(), 499, 20);
			assertThat(atLimit.rows()).hasSize(20);
			assertThat(atLimit.total()).isGreaterThan(500L * 20);
			// The last page, counted exactly: 10,005 = 500 pages of 20 and 5.
			InboxSearch.Page<TaskCompletions.Completion> last = this.search.done(veteran, InboxFilter.none(), 500, 20);
			assertThat(last.rows()).hasSize(5);
			assertThat(last.total()).isEqualTo(completions);
			assertThat(last.rows().get(4).taskId()).isEqualTo("vt-" + veteran.id() + "-0");
		}
		finally {
			this.jdbc.update("delete from task_completion where actor = ?", veteran.id());
		}
	}

	private InboxSearch.Page<InboxRow> page(AppUser user, InboxSort sort, String direction, int page, int size) {
		return this.search.page(user, InboxSearch.Tab.TODO, InboxFilter.none(), sort, direction, page, size);
	}

	private static List<String> codes(InboxSearch.Page<InboxRow> page) {
		return page.rows().stream().map(InboxRow::itemCode).toList();
	}

	private static JsonNode facet(JsonNode counts, String facet, String value) {
		for (JsonNode entry : counts.get("facets").get(facet)) {
			if (entry.get("value").asText().equals(value)) {
				return entry;
			}
		}
		throw new AssertionError("no " + facet + "=" + value + " in " + counts.get("facets").get(facet));
	}

	@Test
	void shouldRefuseWhoeverMayNotActAndAnswerEveryRaceWith409() throws Exception {
		String code = this.api.propose("health", proposal("health", null, false));
		String fill = taskOf("health", code);

		// Another department: it may neither see nor do the task.
		this.api.get("edu", "/api/tasks/" + fill).andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isForbidden());
		// Another kind of user: finance cannot fill a department's assessment.
		this.api.post("perf", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isForbidden());
		// The right user at the wrong endpoint: the task is not of that kind.
		this.api.post("health", "/api/tasks/" + fill + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict());
		// An unknown task: 404.
		this.api.get("health", "/api/tasks/no-such-task").andExpect(status().isNotFound());

		this.api.post("health", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		// Done: a second submission (a double click) is 409 naming who completed it and when.
		this.api.post("health", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.taskState").value("COMPLETED"))
			.andExpect(jsonPath("$.by").value("health"))
			.andExpect(jsonPath("$.byName").value("刘卫健"))
			.andExpect(jsonPath("$.at").isNotEmpty());
		this.api.get("health", "/api/tasks/" + fill).andExpect(status().isConflict())
			.andExpect(jsonPath("$.taskState").value("COMPLETED"));

		// Claimed by another officer of the same office: read only for the others, 409 on every action.
		String review = taskOf("perf", code);
		this.api.post("perf", "/api/tasks/" + review + "/claim", Map.of()).andExpect(status().isOk());
		this.api.get("perf2", "/api/tasks/" + review).andExpect(status().isOk())
			.andExpect(jsonPath("$.readOnly").value(true))
			.andExpect(jsonPath("$.assigneeName").value("王绩效"))
			.andExpect(jsonPath("$.claimedAt").isNotEmpty());
		this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.taskState").value("CLAIMED"))
			.andExpect(jsonPath("$.byName").value("王绩效"));
		this.api.post("perf2", "/api/tasks/" + review + "/claim", Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.taskState").value("CLAIMED"));
		this.api.post("perf2", "/api/tasks/" + review + "/release", Map.of()).andExpect(status().isConflict());
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());

		// Camunda's history names who completed each task, the claimed and the unclaimed alike.
		HistoricTaskInstance filled = this.historyService.createHistoricTaskInstanceQuery().taskId(fill).singleResult();
		HistoricTaskInstance reviewed = this.historyService.createHistoricTaskInstanceQuery().taskId(review).singleResult();
		assertThat(filled.getAssignee()).isEqualTo("health");
		assertThat(filled.getEndTime()).isNotNull();
		assertThat(reviewed.getAssignee()).isEqualTo("perf");
		assertThat(this.historyService.createUserOperationLogQuery()
			.taskId(fill)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.singleResult()
			.getUserId()).isEqualTo("health");

		// And the done tab lists it with its decision.
		JsonNode done = this.api.read(this.api.get("perf", "/api/tasks/done?q=" + code).andExpect(status().isOk()));
		assertThat(done.get("content").findValuesAsText("id")).containsExactly(review);
		assertThat(done.get("content").get(0).get("decision").asText()).isEqualTo("SUPPORTED");
	}

	@Test
	void shouldKeepEachUsersSavedViewsInTheirOrder() throws Exception {
		JsonNode overdue = this.api.read(this.api.post("edu", "/api/inbox-filters",
				Map.of("name", "逾期的监控", "query", "?stage=MONITORING&due=OVERDUE&page=3")).andExpect(status().isCreated()));
		assertThat(overdue.get("query").asText()).isEqualTo("stage=MONITORING&due=OVERDUE");
		JsonNode big = this.api.read(this.api.post("edu", "/api/inbox-filters",
				Map.of("name", "大额项目", "query", "sort=AMOUNT")).andExpect(status().isCreated()));
		this.api.post("edu", "/api/inbox-filters", Map.of("name", "大额项目", "query", "x=1"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
		this.api.post("edu", "/api/inbox-filters", Map.of("name", " ", "query", "x=1"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));

		this.api.put("edu", "/api/inbox-filters/order", Map.of("ids", List.of(big.get("id"), overdue.get("id"))))
			.andExpect(status().isOk());
		assertThat(this.api.read(this.api.get("edu", "/api/inbox-filters")).findValuesAsText("name"))
			.containsExactly("大额项目", "逾期的监控");
		this.api.put("edu", "/api/inbox-filters/order", Map.of("ids", List.of(big.get("id"))))
			.andExpect(status().isBadRequest());
		this.api.put("edu", "/api/inbox-filters/" + big.get("id"), Map.of("name", "大额（按金额）", "query", "sort=AMOUNT&direction=DESC"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("大额（按金额）"));

		// Another user neither sees nor changes them.
		assertThat(this.api.read(this.api.get("health", "/api/inbox-filters")).findValuesAsText("name"))
			.doesNotContain("大额（按金额）");
		this.api.delete("health", "/api/inbox-filters/" + big.get("id")).andExpect(status().isNotFound());
		this.api.delete("edu", "/api/inbox-filters/" + big.get("id")).andExpect(status().isNoContent());
		this.api.delete("edu", "/api/inbox-filters/" + overdue.get("id")).andExpect(status().isNoContent());
		assertThat(this.api.read(this.api.get("edu", "/api/inbox-filters"))).isEmpty();
	}

	@Test
	void shouldHideAnOpenAuditReviewFromTheAuditedDepartment() throws Exception {
		String code = this.api.propose("health", proposal("health", null, false));
		this.api.post("audit", "/api/items/" + code + "/audit-reviews", Map.of("scope", "设备采购")).andExpect(status().isCreated());
		assertThat(this.api.read(this.api.get("audit", "/api/items/" + code + "/tasks")).findValuesAsText("taskKey"))
			.contains("Task_AuditReview");
		assertThat(this.api.read(this.api.get("health", "/api/items/" + code + "/tasks")).findValuesAsText("taskKey"))
			.doesNotContain("Task_AuditReview");
	}

	@Test
	void shouldLetOnlyAdministratorsCheckAndRepairTheReadModel() throws Exception {
		this.api.get("perf", "/api/admin/inbox/consistency").andExpect(status().isForbidden());
		this.api.get("admin", "/api/admin/inbox/consistency").andExpect(status().isOk())
			.andExpect(jsonPath("$.missing").value(0))
			.andExpect(jsonPath("$.stale").value(0))
			.andExpect(jsonPath("$.changed").value(0));
		this.api.post("admin", "/api/admin/inbox/reconcile", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.missing").value(0));
	}

	private String taskOf(String user, String code) throws Exception {
		JsonNode tasks = this.api.read(this.api.get(user, "/api/tasks?q=" + code));
		return tasks.get("content").get(0).get("id").asText();
	}

}
