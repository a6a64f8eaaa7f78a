package cn.gov.finance.perf.bench;

import static cn.gov.finance.perf.SliceApi.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.assessment.AssessmentService;
import cn.gov.finance.perf.engine.TaskCompletionGuard;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.inbox.InboxProbe;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.org.OrgUnitRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox at scale, on MySQL: {@code bench.open} open tasks and {@code bench.finished} finished
 * ones (see {@link BenchData} for how they are made). In one run, interleaved round by round, each
 * round in its own random order, so the noise of a shared machine, and what the subject before
 * leaves in the caches, hit all alike:
 * <ul>
 * <li>the first inbox page for a department user with thousands of tasks and a finance user with a
 * few, twice: as a whole request (full Spring MVC and security stack with a logged-in session in the
 * database as deployed, Spring Session JDBC, read and written back as the server does; no network) and as the inbox's own query path (the controller's service call — read model rows and
 * total — in process, like Camunda's), next to Camunda's own {@code TaskQuery} by candidate group
 * (list of the first page + count) for the same groups, also twice: in process, and served through
 * the same stack as a page of Camunda's REST {@code TaskDto}s ({@link CamundaTasks}), so the whole
 * requests differ only in their query;</li>
 * <li>the same first-page calls on "a busy server": each timed right after a few untimed calls of
 * its own, so its code and connection are warm — the figures above are of single calls between
 * other subjects' work, which on this shared machine costs an authenticated request about 2 ms more
 * than the same request warm;</li>
 * <li>the phases of a request (stand-ins, read model, the controller method with names and views,
 * JSON), so what is left is security, session and MVC, and the floor under every request: the
 * cheapest logged-in one, {@code GET /api/auth/me};</li>
 * <li>statements per call: those the counted pool prepared, and those the database server counted
 * (also the driver's own: autocommit, read-only, commit);</li>
 * <li>completion throughput: a task step through the API (pipeline, domain rows, completion)
 * against bare {@code TaskService.complete} on the same kind of task.</li>
 * </ul>
 * A benchmark, not a test: it prints numbers and is run by {@code bench/inbox/run.sh}.
 */
@IntegrationTest
// MockMvc's default result handler formats every request and response (headers, body) to print them
// should the test fail: 8 % of a small page's CPU, which a server never spends.
// Sessions as deployed: in the database (Spring Session JDBC), which the test profile leaves out — every
// request reads its session and writes back what changed.
@TestPropertySource(properties = { "spring.test.mockmvc.print=none", "spring.autoconfigure.exclude=" })
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "a benchmark; run bench/inbox/run.sh")
class InboxBenchmark {

	private static final Logger log = LoggerFactory.getLogger(InboxBenchmark.class);

	static final AtomicLong STATEMENTS = new AtomicLong();

	static final AtomicLong COMMITS = new AtomicLong();

	@TestConfiguration
	static class CountStatements {

		/** Counts the statements every connection of the pool prepares or creates. */
		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource source) || !name.equals("dataSource")) {
						return bean;
					}
					InvocationHandler connections = (proxy, method, args) -> {
						Object result = method.invoke(source, args);
						if (result instanceof Connection connection) {
							return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
									(p, m, a) -> {
										if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
											STATEMENTS.incrementAndGet();
										}
										if (m.getName().equals("commit")) {
											COMMITS.incrementAndGet();
										}
										try {
											return m.invoke(connection, a);
										}
										catch (java.lang.reflect.InvocationTargetException ex) {
											throw ex.getCause();
										}
									});
						}
						return result;
					};
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
							(proxy, method, args) -> {
								try {
									return connections.invoke(proxy, method, args);
								}
								catch (java.lang.reflect.InvocationTargetException ex) {
									throw ex.getCause();
								}
							});
				}
			};
		}

	}

	/**
	 * Camunda's own query served the way the inbox is: the same security, session, MVC and JSON, a
	 * page of Camunda's REST {@code TaskDto}s (what its Tasklist reads from {@code GET /task}) and the
	 * count, for the logged-in user's candidate groups. Compared with the inbox API, it leaves the
	 * query as the only difference.
	 */
	@TestConfiguration
	static class CamundaOverHttp {

		@Bean
		CamundaTasks camundaTasks(TaskService taskService) {
			return new CamundaTasks(taskService);
		}

	}

	@RestController
	static class CamundaTasks {

		private final TaskService taskService;

		CamundaTasks(TaskService taskService) {
			this.taskService = taskService;
		}

		@GetMapping(CAMUNDA_TASKS)
		Map<String, Object> page(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "20") int size) {
			TaskQuery query = candidateTasks(this.taskService, user.candidateGroups());
			List<TaskDto> page = firstPage(query, size).stream().map(TaskDto::fromEntity).toList();
			return Map.of("content", page, "totalElements", query.count());
		}

	}

	static final String CAMUNDA_TASKS = "/api/bench/camunda-tasks";

	/** Untimed calls before each timed one in the "busy server" table. */
	private static final int BUSY_WARMUP = 4;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthenticationManager authenticationManager;

	@Autowired
	private TaskService taskService;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ItemService items;

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private OrgUnitRepository orgs;

	@Autowired
	private IdentityDirectory identities;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void inboxPageAndCompletionAgainstBareCamunda() throws Exception {
		int open = Integer.getInteger("bench.open", 100_000);
		int finished = Integer.getInteger("bench.finished", 1_000_000);
		int rounds = Integer.getInteger("bench.rounds", 200);
		int templates = 200;
		int financeTasks = 5;
		BenchData data = new BenchData(this.dataSource, this.items, this.assessments, this.orgs, this.identities,
				this.taskService);
		if (!data.seeded(open, finished)) {
			data.seed(10, templates - 10, financeTasks, open / templates, finished);
		}
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		log.info("Returned {} assessments an earlier run submitted", data.returnSubmittedAssessments(financeTasks, transaction));
		InboxProbe probe = new InboxProbe(this.context);
		List<Viewer> viewers = List.of(new Viewer("edu", "department", List.of("department", "org-edu")),
				new Viewer("perf", "finance", List.of("finance-performance", "org-fin")));
		Map<String, Subject> subjects = new LinkedHashMap<>();
		Map<String, Subject> phases = new LinkedHashMap<>();
		Map<String, Subject> busy = new LinkedHashMap<>();
		for (Viewer viewer : viewers) {
			AppUser user = (AppUser) login(viewer.id()).getPrincipal();
			assertThat(probe.standIns(user)).as("%s stands in for nobody", viewer.id()).isZero();
			assertThat(user.candidateGroups()).as("the groups Camunda is asked for").containsExactlyInAnyOrderElementsOf(viewer.groups());
			Cookie session = session(viewer.id());
			String who = viewer.id() + " (" + viewer.kind() + ")";
			subjects.put("inbox API (HTTP) · " + who, new Subject(() -> page(session)));
			subjects.put("inbox query · " + who, new Subject(() -> probe.query(user)));
			subjects.put("Camunda TaskQuery · " + who, new Subject(() -> camunda(viewer.groups())));
			subjects.put("Camunda TaskQuery (HTTP) · " + who, new Subject(() -> camundaPage(session)));
			busy.put("inbox API (HTTP) · " + who, new Subject(() -> page(session), BUSY_WARMUP));
			busy.put("inbox query · " + who, new Subject(() -> probe.query(user), BUSY_WARMUP));
			busy.put("Camunda TaskQuery · " + who, new Subject(() -> camunda(viewer.groups()), BUSY_WARMUP));
			busy.put("Camunda TaskQuery (HTTP) · " + who, new Subject(() -> camundaPage(session), BUSY_WARMUP));
			Object view = probe.controller(user);
			phases.put(viewer.id() + " · controller method (query, names, views)", new Subject(() -> probe.controller(user)));
			phases.put(viewer.id() + " · JSON of the page", new Subject(() -> this.json.writeValueAsBytes(view).length));
			// The floor under every request: the cheapest authenticated one (who am I), the same stack.
			phases.put(viewer.id() + " · floor: GET /api/auth/me (the cheapest logged-in request)",
					new Subject(() -> get(session, "/api/auth/me")));
			// Beside the page the inbox asks for the counts: per tab, and per value of every filter.
			phases.put(viewer.id() + " · counts API (tabs, every filter's values; beside the page)",
					new Subject(() -> get(session, "/api/tasks/counts")));
		}
		List<Subject> order = new ArrayList<>(subjects.values());
		order.addAll(phases.values());
		order.addAll(busy.values());
		for (Subject subject : order) {
			for (int i = 0; i < 20; i++) {
				subject.run();
			}
		}
		for (Subject subject : order) {
			subject.countServerStatements(this.dataSource, 20);
		}
		Subject.measureInRounds(order, rounds);

		StringBuilder table = new StringBuilder("\n\nInbox, first page (20 rows + total), server side, ")
			.append(rounds)
			.append(" interleaved rounds (each in its own random order), ")
			.append(count("ACT_RU_TASK"))
			.append(" open tasks, ")
			.append(count("ACT_HI_TASKINST where END_TIME_ is not null"))
			.append(" finished\n")
			.append(header("subject"));
		subjects.forEach((name, s) -> table.append(row(name, s)));
		viewers.forEach(viewer -> table.append(ratios(subjects, viewer, "")));
		table.append("\nA busy server: the same calls in the same rounds, each timed right after ").append(BUSY_WARMUP)
			.append(" untimed calls of its own (its code and connection warm, as on a server answering inboxes all day)\n")
			.append(header("subject"));
		busy.forEach((name, s) -> table.append(row(name, s)));
		viewers.forEach(viewer -> table.append(ratios(busy, viewer, " (busy)")));
		table.append("\nWhere a request's time goes (same rounds; the full request is the API row above; "
				+ "security, session, MVC = request − controller − JSON)\n").append(header("phase"));
		phases.forEach((name, s) -> table.append(row(name, s)));
		for (Viewer viewer : viewers) {
			String who = viewer.id() + " (" + viewer.kind() + ")";
			double rest = subjects.get("inbox API (HTTP) · " + who).percentile(50)
					- phases.get(viewer.id() + " · controller method (query, names, views)").percentile(50)
					- phases.get(viewer.id() + " · JSON of the page").percentile(50);
			table.append(String.format("%s: security, session and MVC ≈ %.2f ms at p50%n", viewer.id(), rest));
		}

		table.append(completions(Integer.getInteger("bench.completionRounds", 10), Integer.getInteger("bench.batch", 20)));
		log.info("Returned the {} assessments the completions submitted",
				data.returnSubmittedAssessments(financeTasks, transaction));
		log.info(table.toString());
		assertThat(subjects.values()).allSatisfy(subject -> assertThat(subject.samples).hasSize(rounds));
	}

	/** A user's query and whole request against Camunda's query, at p95 and p50, and the whole request's p95. */
	private static String ratios(Map<String, Subject> subjects, Viewer viewer, String label) {
		String who = viewer.id() + " (" + viewer.kind() + ")";
		Subject api = subjects.get("inbox API (HTTP) · " + who);
		Subject query = subjects.get("inbox query · " + who);
		Subject camunda = subjects.get("Camunda TaskQuery · " + who);
		Subject camundaHttp = subjects.get("Camunda TaskQuery (HTTP) · " + who);
		return String.format(
				"%s%s: p95 query/Camunda %.2f, API/Camunda over HTTP %.2f (goal ≤ 0.50), API/Camunda in process %.2f; "
						+ "p50 query/Camunda %.2f, API/Camunda over HTTP %.2f, API/Camunda in process %.2f; p95 API %.1f ms (goal ≤ 50)%n",
				viewer.id(), label, query.percentile(95) / camunda.percentile(95),
				api.percentile(95) / camundaHttp.percentile(95), api.percentile(95) / camunda.percentile(95),
				query.percentile(50) / camunda.percentile(50), api.percentile(50) / camundaHttp.percentile(50),
				api.percentile(50) / camunda.percentile(50), api.percentile(95));
	}

	/** Task steps through the API against bare TaskService.complete, in alternating batches. */
	private String completions(int rounds, int batch) throws Exception {
		Cookie edu = session("edu");
		List<Task> fills = this.taskService.createTaskQuery()
			.taskDefinitionKey("Task_FillAssessment")
			.taskCandidateGroup("org-edu")
			.processInstanceBusinessKeyLike("XM2045-%")
			.listPage(0, 2 * rounds * batch);
		assertThat(fills).as("open fill tasks of the benchmark's items").hasSize(2 * rounds * batch);
		String body = this.json.writeValueAsString(assessment(18, 17, 16, 18, 19));
		long apiNanos = 0;
		long bareNanos = 0;
		long apiStatements = 0;
		long bareStatements = 0;
		long apiCommits = 0;
		long bareCommits = 0;
		int next = 0;
		for (int round = 0; round < rounds; round++) {
			long t = System.nanoTime();
			long before = STATEMENTS.get();
			long commits = COMMITS.get();
			for (int i = 0; i < batch; i++) {
				MvcResult result = this.mvc.perform(MockMvcRequestBuilders.post("/api/tasks/" + fills.get(next++).getId() + "/assessment")
					.cookie(edu)
					.header("X-BPM-Idle-Ms", "0")
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body)).andReturn();
				assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			}
			apiNanos += System.nanoTime() - t;
			apiStatements += STATEMENTS.get() - before;
			apiCommits += COMMITS.get() - commits;
			t = System.nanoTime();
			before = STATEMENTS.get();
			commits = COMMITS.get();
			for (int i = 0; i < batch; i++) {
				// Bare, but marked as the pipeline's, or the engine guard refuses it.
				String fill = fills.get(next++).getId();
				TaskCompletionGuard.completing(fill, () -> this.taskService.complete(fill));
			}
			bareNanos += System.nanoTime() - t;
			bareStatements += STATEMENTS.get() - before;
			bareCommits += COMMITS.get() - commits;
		}
		int each = rounds * batch;
		double api = each / (apiNanos / 1e9);
		double bare = each / (bareNanos / 1e9);
		return String.format("%nCompletion throughput (%d each, batches of %d interleaved):%n"
				+ "| path | completions/s | statements per completion | commits per completion |%n|---|---|---|---|%n"
				+ "| API task step (pipeline + domain rows + complete) | %.1f | %d | %.1f |%n"
				+ "| bare TaskService.complete | %.1f | %d | %.1f |%nratio API/bare: %.2f (goal ≥ 0.80)%n", each, batch, api,
				apiStatements / each, (double) apiCommits / each, bare, bareStatements / each, (double) bareCommits / each,
				api / bare);
	}

	private Authentication login(String user) {
		return this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, Logins.PASSWORD));
	}

	/** The session cookie the browser has after logging in (through the login endpoint). */
	private Cookie session(String user) throws Exception {
		MvcResult login = this.mvc.perform(MockMvcRequestBuilders.post("/api/auth/login")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("username", user, "password", Logins.PASSWORD)))).andReturn();
		assertThat(login.getResponse().getStatus()).as(login.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(this.json.readTree(login.getResponse().getContentAsString()).get("passwordChangeRequired").asBoolean())
			.isFalse();
		Cookie cookie = login.getResponse().getCookie("SESSION");
		assertThat(cookie).as("Spring Session's cookie: sessions in the database, as deployed").isNotNull();
		return cookie;
	}

	/** The first page as the browser asks for it; the response is read (for the total) only when the table is printed. */
	private MvcResult page(Cookie session) throws Exception {
		return get(session, "/api/tasks?size=20");
	}

	/** Camunda's first page over HTTP, as the inbox's is asked for. */
	private MvcResult camundaPage(Cookie session) throws Exception {
		return get(session, CAMUNDA_TASKS + "?size=20");
	}

	private MvcResult get(Cookie session, String path) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get(path).cookie(session).header("X-BPM-Idle-Ms", "0"))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return result;
	}

	private static String header(String first) {
		return String.format("| %-58s | %8s | %8s | %8s | %10s | %10s | %8s |%n", first, "p50 ms", "p95 ms", "max ms",
				"statements", "server", "total") + "|---|---|---|---|---|---|---|\n";
	}

	private String row(String name, Subject s) {
		return String.format("| %-58s | %8.2f | %8.2f | %8.2f | %10d | %10s | %8s |%n", name, s.percentile(50),
				s.percentile(95), s.percentile(100), s.statements(), s.serverStatements(), total(s.last));
	}

	/** The total a subject's last call found: a number, or the totalElements of a page response. */
	private String total(Object last) {
		try {
			if (last instanceof MvcResult result) {
				com.fasterxml.jackson.databind.JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
				return body.has("totalElements") ? String.valueOf(body.get("totalElements").asLong())
						: body.has("todo") ? String.valueOf(body.get("todo").asLong()) : "";
			}
			if (last instanceof cn.gov.finance.perf.system.PageView<?> view) {
				return String.valueOf(view.totalElements());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return last instanceof Long n ? String.valueOf(n) : "";
	}

	/** A user of the benchmark and Camunda's candidate groups for the same tasks. */
	record Viewer(String id, String kind, List<String> groups) {
	}

	/** Camunda's reference query, in process and over HTTP alike: active tasks of the candidate groups. */
	static TaskQuery candidateTasks(TaskService taskService, List<String> groups) {
		return taskService.createTaskQuery().taskCandidateGroupIn(groups).active();
	}

	static List<Task> firstPage(TaskQuery query, int size) {
		return query.orderByTaskCreateTime().asc().listPage(0, size);
	}

	private Object camunda(List<String> groups) {
		TaskQuery query = candidateTasks(this.taskService, groups);
		List<Task> page = firstPage(query, 20);
		if (page.isEmpty()) {
			throw new IllegalStateException("no tasks for " + groups);
		}
		return (Long) query.count();
	}

	private long count(String tableAndWhere) {
		return new org.springframework.jdbc.core.JdbcTemplate(this.dataSource)
			.queryForObject("select count(*) from " + tableAndWhere, Long.class);
	}

	@FunctionalInterface
	interface Call {

		Object run() throws Exception;

	}

	static final class Subject {

		private final Call call;

		private final List<Double> samples = new ArrayList<>();

		private long statementsTotal;

		private Object last;

		private double serverStatements = Double.NaN;

		/** Untimed calls of its own right before each timed one (0: the timed call follows other subjects'). */
		private final int warmup;

		Subject(Call call) {
			this(call, 0);
		}

		Subject(Call call, int warmup) {
			this.call = call;
			this.warmup = warmup;
		}

		void run() throws Exception {
			this.last = this.call.run();
		}

		/**
		 * Measures every subject once per round, each round in an order of its own (shuffled, the same
		 * every run): a subject that always ran right after another would find that one's code and data
		 * in the caches — the inbox query after the inbox API, Camunda over HTTP after Camunda in
		 * process — and one after the department's 60 ms Camunda query would always find them cold.
		 * Rotating one order kept those neighbours.
		 */
		static void measureInRounds(java.util.Collection<Subject> subjects, int rounds) throws Exception {
			java.util.Random shuffle = new java.util.Random(20261204);
			List<Subject> round = new ArrayList<>(subjects);
			for (int r = 0; r < rounds; r++) {
				java.util.Collections.shuffle(round, shuffle);
				for (Subject subject : round) {
					subject.measure();
				}
			}
		}

		void measure() throws Exception {
			for (int i = 0; i < this.warmup; i++) {
				run();
			}
			long before = STATEMENTS.get();
			long t = System.nanoTime();
			run();
			this.samples.add((System.nanoTime() - t) / 1e6);
			this.statementsTotal += STATEMENTS.get() - before;
		}

		/**
		 * What the database server itself counts per call (its {@code Questions}: every statement a
		 * client sent, also those the driver sends on its own — {@code SET autocommit}, read-only
		 * switches, {@code COMMIT} — and those of connections outside the counted pool), over
		 * {@code n} calls; one more is the reading of the counter. The benchmark's MariaDB has no
		 * other clients; the engine's job acquisition may add one now and then.
		 */
		void countServerStatements(DataSource dataSource, int n) throws Exception {
			org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
			String sql = "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'";
			long before = jdbc.queryForObject(sql, Long.class);
			for (int i = 0; i < n; i++) {
				run();
			}
			long after = jdbc.queryForObject(sql, Long.class);
			this.serverStatements = (after - before - 1) / (double) n;
		}

		void clear() {
			this.samples.clear();
			this.statementsTotal = 0;
		}

		/** The number the last call returned (its total), or -1. */
		long lastTotal() {
			return this.last instanceof Number n ? n.longValue() : -1;
		}

		String serverStatements() {
			return Double.isNaN(this.serverStatements) ? "" : String.format("%.1f", this.serverStatements);
		}

		long statements() {
			return this.samples.isEmpty() ? 0 : Math.round((double) this.statementsTotal / this.samples.size());
		}

		double percentile(int p) {
			double[] sorted = this.samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

	}

}
