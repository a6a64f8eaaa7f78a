package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gov.finance.perf.BudgetPerformanceApplication;
import cn.gov.finance.perf.HttpBrowser;
import cn.gov.finance.perf.TestProfiles;
import cn.gov.finance.perf.admin.ProcessDeployer;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.notification.DailyDigest;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one database, in one JVM: two application contexts, each with its own web server, process
 * engine and job executor, on one database (in-memory H2; with TEST_DB=mysql a MySQL database of its
 * own), with sessions in the database as deployed (the other tests keep the container's sessions). A
 * user who logs in on one node goes on working on the other with the same cookies, CSRF token included;
 * the second node's start deploys nothing; the daily digest started on both at the same moment runs
 * once; jobs are locked in the node's name. Two nodes in separate processes starting at the same moment
 * (deployed once), under load and faults, are the fault suite's (faults/run.sh, on MariaDB).
 */
class ClusterTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** On MySQL (TEST_DB=mysql) a database of its own beside the suite's, created and dropped here. */
	private static final String MYSQL_DATABASE = "budget_perf_cluster_test";

	@BeforeAll
	static void startTwoNodes() throws Exception {
		String database;
		String profiles;
		if (TestProfiles.onMySql()) {
			mysql("DROP DATABASE IF EXISTS " + MYSQL_DATABASE + "; CREATE DATABASE " + MYSQL_DATABASE
					+ " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			database = System.getenv("DB_URL").replaceFirst("//([^/]+)/[^?]*", "//$1/" + MYSQL_DATABASE);
			profiles = "mysql,test";
		}
		else {
			database = "jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
			profiles = "test";
		}
		nodeA = node("node-a", database, profiles);
		nodeB = node("node-b", database, profiles);
	}

	@AfterAll
	static void stopTwoNodes() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (TestProfiles.onMySql()) {
			mysql("DROP DATABASE IF EXISTS " + MYSQL_DATABASE);
		}
	}

	private static void mysql(String statements) throws Exception {
		String server = System.getenv("DB_URL").replaceFirst("//([^/]+)/[^?]*", "//$1/");
		try (Connection connection = DriverManager.getConnection(server, System.getenv("DB_USERNAME"),
				System.getenv().getOrDefault("DB_PASSWORD", "")); Statement statement = connection.createStatement()) {
			for (String sql : statements.split("; ")) {
				statement.execute(sql);
			}
		}
	}

	private static ConfigurableApplicationContext node(String name, String database, String profiles) {
		return new SpringApplicationBuilder(BudgetPerformanceApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("excludeTestClasses", new DatabaseOutageTest.TestClassesExcluded()))
			.run("--spring.profiles.active=" + profiles, "--server.port=0", "--spring.datasource.url=" + database,
					// Sessions in the database, as deployed (the test profile keeps them in the container).
					"--spring.autoconfigure.exclude=", "--app.cluster.node-name=" + name,
					// The job executor as deployed (the test profile has none), on this test's own database.
					"--camunda.bpm.job-execution.enabled=true");
	}

	@Test
	void shouldEndTheSessionOfAUserDisabledOnTheOtherNode() throws Exception {
		String id = "dis-node" + (System.nanoTime() % 1_000_000);
		String password = "Dis#2099abcX";
		nodeA.getBean(IdentityDirectory.class).ensureUser(id, "停用测试", password, "edu", Roles.DEPARTMENT);
		HttpBrowser user = new HttpBrowser(port(nodeA)).logIn(id, password);
		assertThat(user.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);
		String stored = "select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?";
		assertThat(jdbc(nodeA).queryForObject(stored, Integer.class, id)).isEqualTo(1);

		HttpBrowser admin = new HttpBrowser(port(nodeB)).logIn("admin");
		assertThat(admin.send("POST", "/api/admin/people/users/" + id + "/disable", null).statusCode()).isEqualTo(200);

		assertThat(jdbc(nodeA).queryForObject(stored, Integer.class, id))
			.as("node B deleted the user's session from the shared store").isZero();
		assertThat(user.send("GET", "/api/auth/me", null).statusCode()).as("node A has no login for it any more")
			.isEqualTo(401);
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void shouldKeepTheLoginAndTheCsrfTokenWhenTheUserMovesToTheOtherNode() throws Exception {
		assertThat(send(nodeA, "GET", "/api/auth/me", null, true).statusCode()).isEqualTo(401);
		HttpResponse<String> login = send(nodeA, "POST", "/api/auth/login",
				"{\"username\":\"edu\",\"password\":\"demo123\"}", true);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(cookie("SESSION")).as("the session cookie of Spring Session").isNotNull();
		assertThat(jdbc(nodeB).queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'edu'",
				Integer.class)).as("the session is in the database, indexed by the user id").isEqualTo(1);

		HttpResponse<String> me = send(nodeB, "GET", "/api/auth/me", null, true);
		assertThat(me.statusCode()).as("node B knows the login of node A").isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("id").asText()).isEqualTo("edu");

		String proposal = "{\"name\":\"双节点申报-" + UUID.randomUUID() + "\",\"kind\":\"PROJECT\",\"fiscalYear\":2075,"
				+ "\"budgetType\":\"GENERAL_PUBLIC\",\"departmentCode\":\"edu\",\"amount\":\"1200000.00\","
				+ "\"continuity\":\"NEW\",\"capitalConstruction\":false,\"expiring\":false}";
		assertThat(send(nodeB, "POST", "/api/items", proposal, false).statusCode())
			.as("without the CSRF header node B refuses the write").isEqualTo(403);
		HttpResponse<String> created = send(nodeB, "POST", "/api/items", proposal, true);
		assertThat(created.statusCode()).as("node B accepts node A's CSRF token: " + created.body()).isEqualTo(201);
		String code = JSON.readTree(created.body()).get("code").asText();
		assertThat(send(nodeA, "GET", "/api/items/" + code, null, true).statusCode()).isEqualTo(200);

		assertThat(send(nodeB, "POST", "/api/auth/logout", null, true).statusCode()).isEqualTo(204);
		assertThat(send(nodeA, "GET", "/api/auth/me", null, true).statusCode())
			.as("a logout on node B ends the session on node A too").isEqualTo(401);
	}

	@Test
	void shouldWriteASessionBackOnlyWhenItChangedOrWhatIsStoredIsAMinuteOld() throws Exception {
		ClockUtil.reset();
		assertThat(send(nodeA, "GET", "/api/auth/me", null, true).statusCode()).as("hands out the CSRF cookie").isEqualTo(401);
		HttpResponse<String> login = send(nodeA, "POST", "/api/auth/login",
				"{\"username\":\"perf\",\"password\":\"demo123\"}", true);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(login.headers().allValues("set-cookie")).as("the session cookie as configured (server.servlet.session.cookie)")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		JdbcTemplate jdbc = jdbc(nodeA);
		String access = "select LAST_ACCESS_TIME from SPRING_SESSION where PRINCIPAL_NAME = 'perf'";
		String activity = "select a.ATTRIBUTE_BYTES from SPRING_SESSION_ATTRIBUTES a join SPRING_SESSION s"
				+ " on s.PRIMARY_ID = a.SESSION_PRIMARY_ID where s.PRINCIPAL_NAME = 'perf' and a.ATTRIBUTE_NAME = 'bpm.lastActivity'";
		long stored = jdbc.queryForObject(access, Long.class);
		byte[] storedActivity = jdbc.queryForObject(activity, byte[].class);

		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA)) {
			assertThat(send(node, "GET", "/api/tasks?size=20", null, true).statusCode()).isEqualTo(200);
		}
		assertThat(jdbc.queryForObject(access, Long.class)).as("requests within a minute of the stored access leave it")
			.isEqualTo(stored);
		assertThat(jdbc.queryForObject(activity, byte[].class)).as("and the stored activity").isEqualTo(storedActivity);

		// What is stored is two minutes old: the next request, on either node, writes the session back.
		assertThat(jdbc.update("update SPRING_SESSION set LAST_ACCESS_TIME = LAST_ACCESS_TIME - 120000,"
				+ " EXPIRY_TIME = EXPIRY_TIME - 120000 where PRINCIPAL_NAME = 'perf'")).isEqualTo(1);
		// Spring Session stamps accesses with the wall clock; the engine clock is not moved yet, so AppClock agrees.
		long before = AppClock.instant().toEpochMilli();
		assertThat(send(nodeB, "GET", "/api/auth/me", null, true).statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject(access, Long.class)).as("written back with the request's access")
			.isGreaterThanOrEqualTo(before);

		// A change is written at once: two minutes of activity later (engine clock), the activity, and with
		// it the session's access, which is stored only ten seconds old.
		assertThat(jdbc.update("update SPRING_SESSION set LAST_ACCESS_TIME = LAST_ACCESS_TIME - 10000,"
				+ " EXPIRY_TIME = EXPIRY_TIME - 10000 where PRINCIPAL_NAME = 'perf'")).isEqualTo(1);
		before = AppClock.instant().toEpochMilli();
		ClockUtil.setCurrentTime(Date.from(AppClock.instant().plus(Duration.ofMinutes(2))));
		try {
			assertThat(send(nodeA, "GET", "/api/auth/me", null, true).statusCode()).isEqualTo(200);
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(jdbc.queryForObject(activity, byte[].class)).as("the new activity is stored")
			.isNotEqualTo(storedActivity);
		assertThat(jdbc.queryForObject(access, Long.class)).as("with the session's access")
			.isGreaterThanOrEqualTo(before);
		assertThat(send(nodeB, "POST", "/api/auth/logout", null, true).statusCode()).isEqualTo(204);
		assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'perf'", Integer.class))
			.as("a logout deletes it as before").isZero();
	}

	@Test
	void shouldNotDeployAgainWhenTheSecondNodeStarts() {
		assertThat(nodeA.getBean(RepositoryService.class)
			.createDeploymentQuery()
			.deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
			.count()).as("the second node's start deployed nothing new").isEqualTo(1);
		assertThat(nodeB.getBean(RepositoryService.class).createProcessDefinitionQuery().count())
			.isEqualTo(nodeB.getBean(RepositoryService.class).createProcessDefinitionQuery().latestVersion().count());
	}

	@Test
	void shouldDeleteATimedOutSessionAndLogItOnceWhenBothNodesSweep() throws Exception {
		send(nodeA, "GET", "/api/auth/me", null, true);
		HttpResponse<String> login = send(nodeB, "POST", "/api/auth/login",
				"{\"username\":\"health\",\"password\":\"demo123\"}", true);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		JdbcTemplate jdbc = jdbc(nodeA);
		String expiredEvents = "select count(*) from security_event where event_type = 'SESSION_EXPIRED'"
				+ " and principal = 'health' and detail = 'session timed out'";
		int before = jdbc.queryForObject(expiredEvents, Integer.class);
		// Nobody called for longer than the timeout.
		assertThat(jdbc.update("update SPRING_SESSION set EXPIRY_TIME = LAST_ACCESS_TIME - 1"
				+ " where PRINCIPAL_NAME = 'health'")).isEqualTo(1);

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int deleted = 0;
		try {
			List<Callable<Integer>> sweeps = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				sweeps.add(() -> {
					together.await(10, TimeUnit.SECONDS);
					return node.getBean(cn.gov.finance.perf.identity.SessionSweep.class).sweep();
				});
			}
			for (Future<Integer> sweep : pool.invokeAll(sweeps, 60, TimeUnit.SECONDS)) {
				deleted += sweep.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(deleted).as("one node deleted the session").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'health'", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject(expiredEvents, Integer.class)).as("the expiry is logged once").isEqualTo(before + 1);
		assertThat(send(nodeA, "GET", "/api/auth/me", null, true).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRunTheDailyDigestOnceWhenBothNodesStartItAtTheSameMoment() throws Exception {
		LocalDate day = LocalDate.of(2075, 3, 1);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				runs.add(() -> {
					together.await(10, TimeUnit.SECONDS);
					return node.getBean(DailyDigest.class).run(day);
				});
			}
			for (Future<Integer> run : pool.invokeAll(runs, 60, TimeUnit.SECONDS)) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> nodes = jdbc(nodeA).queryForList(
				"select node from scheduled_run where job = 'daily-digest' and run_on = ?", String.class,
				java.sql.Date.valueOf(day));
		assertThat(nodes).as("one run of the day, by one of the two nodes").hasSize(1);
		assertThat(nodes.get(0)).isIn("node-a", "node-b");
	}

	@Test
	void shouldLockJobsInTheNodesName() {
		assertThat(nodeA.getBean(JobExecutor.class).getLockOwner()).isEqualTo("node-a");
		assertThat(nodeB.getBean(JobExecutor.class).getLockOwner()).isEqualTo("node-b");
		assertThat(nodeA.getBean(JobExecutor.class).getLockTimeInMillis()).isEqualTo(30_000);
		assertThat(nodeA.getBean(JobExecutor.class).getMaxWait()).isEqualTo(10_000);
		assertThat(nodeA.getBean(ProcessEngineConfigurationImpl.class).isJobExecutorDeploymentAware()).isFalse();
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcTemplate.class);
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, String method, String path, String body,
			boolean withCsrf) throws Exception {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		String csrf = cookie("BPM-XSRF-TOKEN");
		if (withCsrf && csrf != null) {
			request.header("X-BPM-XSRF-TOKEN", csrf);
		}
		if ("POST".equals(method) && path.equals("/api/items")) {
			request.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
