package cn.gov.finance.perf.bench;

import static cn.gov.finance.perf.SliceApi.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.assessment.AssessmentService;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.org.OrgUnitRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The inbox at scale, on MySQL: {@code bench.open} open tasks and {@code bench.finished} finished
 * ones (see {@link BenchData} for how they are made). In one run, interleaved round by round so the
 * noise of a shared machine hits both alike:
 * <ul>
 * <li>the first inbox page, server side (full Spring MVC and security stack, no network), for a
 * department user with thousands of tasks and a finance user with a few, next to Camunda's own
 * {@code TaskQuery} by candidate group (list of the first page + count) for the same groups;</li>
 * <li>SQL statements per request of each;</li>
 * <li>completion throughput: a task step through the API (pipeline, domain rows, completion)
 * against bare {@code TaskService.complete} on the same kind of task.</li>
 * </ul>
 * A benchmark, not a test: it prints numbers and is run by {@code bench/inbox/run.sh}.
 */
@IntegrationTest
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

	@Test
	void inboxPageAndCompletionAgainstBareCamunda() throws Exception {
		int open = Integer.getInteger("bench.open", 100_000);
		int finished = Integer.getInteger("bench.finished", 1_000_000);
		int rounds = Integer.getInteger("bench.rounds", 200);
		int templates = 200;
		BenchData data = new BenchData(this.dataSource, this.items, this.assessments, this.orgs, this.identities,
				this.taskService);
		if (!data.seeded(open, finished)) {
			data.seed(10, templates - 10, 5, open / templates, finished);
		}
		Authentication edu = login("edu");
		Authentication perf = login("perf");

		Map<String, Subject> subjects = new LinkedHashMap<>();
		subjects.put("inbox API · edu (department)", new Subject(() -> page(edu)));
		subjects.put("Camunda TaskQuery · edu", new Subject(() -> camunda(List.of("department", "org-edu"))));
		subjects.put("inbox API · perf (finance)", new Subject(() -> page(perf)));
		subjects.put("Camunda TaskQuery · perf", new Subject(() -> camunda(List.of("finance-performance", "org-fin"))));
		for (Subject subject : subjects.values()) {
			for (int i = 0; i < 20; i++) {
				subject.run();
			}
			subject.clear();
		}
		List<Subject> order = new ArrayList<>(subjects.values());
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < order.size(); i++) {
				order.get((round + i) % order.size()).measure();
			}
		}

		StringBuilder table = new StringBuilder("\n\nInbox, first page (20 rows + total), server side, ")
			.append(rounds)
			.append(" interleaved rounds, ")
			.append(count("ACT_RU_TASK"))
			.append(" open tasks, ")
			.append(count("ACT_HI_TASKINST where END_TIME_ is not null"))
			.append(" finished\n")
			.append(String.format("| %-32s | %8s | %8s | %8s | %10s | %8s |%n", "subject", "p50 ms", "p95 ms", "max ms",
					"statements", "total"))
			.append("|---|---|---|---|---|---|\n");
		for (Map.Entry<String, Subject> entry : subjects.entrySet()) {
			Subject s = entry.getValue();
			table.append(String.format("| %-32s | %8.2f | %8.2f | %8.2f | %10d | %8d |%n", entry.getKey(), s.percentile(50),
					s.percentile(95), s.percentile(100), s.statements(), s.lastTotal));
		}
		Subject eduOurs = subjects.get("inbox API · edu (department)");
		Subject eduCamunda = subjects.get("Camunda TaskQuery · edu");
		Subject perfOurs = subjects.get("inbox API · perf (finance)");
		Subject perfCamunda = subjects.get("Camunda TaskQuery · perf");
		table.append(String.format("p95 ratio inbox/Camunda: edu %.2f, perf %.2f (goal ≤ 0.50); p95 edu %.1f ms, perf %.1f ms (goal ≤ 50)%n",
				eduOurs.percentile(95) / eduCamunda.percentile(95), perfOurs.percentile(95) / perfCamunda.percentile(95),
				eduOurs.percentile(95), perfOurs.percentile(95)));

		table.append(completions(Integer.getInteger("bench.completionRounds", 10), Integer.getInteger("bench.batch", 20)));
		log.info(table.toString());
		assertThat(eduOurs.samples).isNotEmpty();
	}

	/** Task steps through the API against bare TaskService.complete, in alternating batches. */
	private String completions(int rounds, int batch) throws Exception {
		Authentication edu = login("edu");
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
					.with(authentication(edu))
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
				this.taskService.complete(fills.get(next++).getId());
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

	private long page(Authentication user) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get("/api/tasks?size=20").with(authentication(user)))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return this.json.readTree(result.getResponse().getContentAsString()).get("totalElements").asLong();
	}

	private long camunda(List<String> groups) {
		TaskQuery query = this.taskService.createTaskQuery().taskCandidateGroupIn(groups).active();
		List<Task> page = query.orderByTaskCreateTime().asc().listPage(0, 20);
		if (page.isEmpty()) {
			throw new IllegalStateException("no tasks for " + groups);
		}
		return query.count();
	}

	private long count(String tableAndWhere) {
		return new org.springframework.jdbc.core.JdbcTemplate(this.dataSource)
			.queryForObject("select count(*) from " + tableAndWhere, Long.class);
	}

	@FunctionalInterface
	interface Call {

		long run() throws Exception;

	}

	static final class Subject {

		private final Call call;

		private final List<Double> samples = new ArrayList<>();

		private long statementsTotal;

		private long lastTotal;

		Subject(Call call) {
			this.call = call;
		}

		void run() throws Exception {
			this.lastTotal = this.call.run();
		}

		void measure() throws Exception {
			long before = STATEMENTS.get();
			long t = System.nanoTime();
			run();
			this.samples.add((System.nanoTime() - t) / 1e6);
			this.statementsTotal += STATEMENTS.get() - before;
		}

		void clear() {
			this.samples.clear();
			this.statementsTotal = 0;
		}

		long lastTotal() {
			return this.lastTotal;
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
