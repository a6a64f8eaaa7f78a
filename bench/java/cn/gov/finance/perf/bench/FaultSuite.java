package cn.gov.finance.perf.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fault suite (faults/run.sh, run by .ci/run): two nodes of the packaged application on one
 * MariaDB of the suite's own, under a load of proposals and task completions whose every
 * acknowledged write is recorded, while
 * <ol>
 * <li>one node after the other is killed with SIGKILL (and started again): the other keeps serving,
 * and the timers the killed node held run within 60 s;</li>
 * <li>the database is killed for 30 s: fast 503s, and 2xx again without restarting a node;</li>
 * <li>the same task is completed on both nodes at the same moment: exactly one wins;</li>
 * <li>timers made due during the faults fire exactly once.</li>
 * </ol>
 * The two nodes start at the same moment on the new database (deployed once). Afterwards every
 * acknowledged write is looked up in the database, duplicates, incidents, stuck processes and the inbox
 * read model are checked, a table is printed, and the exit code is 1 when anything is wrong.
 * Not a JUnit test: a main run only by faults/run.sh, against the jar that {@code ./mvnw verify} built.
 */
public final class FaultSuite {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String PREFIX = "故障演练-";

	private static final int YEAR = 2075;

	private static final String TIMER = "Timer_SelfReportOverdue";

	private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(60);

	private static final Duration FAST_503 = Duration.ofSeconds(3);

	private final Path root;

	private final String jdbcUrl;

	private final List<Node> nodes = new ArrayList<>();

	private final long start = System.nanoTime();

	private final Map<String, String> figures = new LinkedHashMap<>();

	private final List<String> failures = new CopyOnWriteArrayList<>();

	private final Ledger ledger = new Ledger();

	private FaultSuite(Path root, String jdbcUrl) {
		this.root = root;
		this.jdbcUrl = jdbcUrl;
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		String port = System.getProperty("faults.dbPort", "3319");
		String db = System.getProperty("faults.db", "budget_perf_faults");
		String url = "jdbc:mysql://127.0.0.1:" + port + "/" + db + "?sendFractionalSeconds=false"
				+ "&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false"
				+ "&allowPublicKeyRetrieval=true";
		FaultSuite suite = new FaultSuite(root, url);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> suite.nodes.forEach(Node::kill)));
		int exit;
		try {
			exit = suite.run();
		}
		finally {
			suite.nodes.forEach(Node::kill);
		}
		System.exit(exit);
	}

	private int run() throws Exception {
		Path jar = this.root.resolve("backend/target/budget-performance.jar");
		Path logs = this.root.resolve("faults/.logs");
		Files.createDirectories(logs);
		this.nodes.add(new Node("node-a", 18081, jar, logs, this.jdbcUrl, true));
		this.nodes.add(new Node("node-b", 18082, jar, logs, this.jdbcUrl, false));
		Node a = this.nodes.get(0);
		Node b = this.nodes.get(1);

		// Deploy once: both nodes start at the same moment on the new database (node A loads the demo data).
		long t = System.nanoTime();
		a.start();
		b.start();
		a.awaitReady(Duration.ofSeconds(240));
		b.awaitReady(Duration.ofSeconds(240));
		figure("both nodes started at once, ready after", seconds(since(t)));
		int deployments = queryInt("select count(*) from ACT_RE_DEPLOYMENT where NAME_ = 'budget-performance'");
		int versions = queryInt("select count(*) - count(distinct KEY_) from ACT_RE_PROCDEF");
		figure("deployments of processes/ after the simultaneous start", deployments + " (extra versions: " + versions + ")");
		check(deployments == 1 && versions == 0, "two nodes starting at once deployed " + deployments + " times");

		Users users = new Users(this.nodes);
		users.logIn("edu", a);
		users.logIn("perf", a);
		users.logIn("admin", b);

		List<Batch> batches = timerBatches(users, 3);

		Load load = new Load(users, this.ledger, this.nodes);
		load.start(2);

		// 3. The same task completed on both nodes at the same moment, while both are up.
		int[] race = race(users, 5);
		figure("same task completed on both nodes at once: tasks / won / refused 409", "5 / " + race[0] + " / " + race[1]);
		check(race[0] == 5 && race[1] == 5, "concurrent completions: " + race[0] + " won, " + race[1] + " refused with 409");

		// 1. kill -9 node A (started again while B carries the load), then node B once A is back.
		Node[] victims = { a, b };
		for (int round = 0; round < victims.length; round++) {
			Node victim = victims[round];
			Node survivor = victim == a ? b : a;
			Batch batch = batches.get(round);
			// Kill it while it holds timer jobs: the round's timers fall due one by one until the victim's
			// job executor takes one (the survivor may take them first), for at most 25 s.
			long wait = System.nanoTime();
			for (String instance : batch.instances()) {
				Batch one = new Batch(List.of(instance));
				dueNow(users, survivor, one);
				long each = System.nanoTime();
				while (lockedBy(victim.name, one) == 0 && pending(one) > 0
						&& since(each).compareTo(Duration.ofSeconds(12)) < 0) {
					TimeUnit.MILLISECONDS.sleep(5);
				}
				if (lockedBy(victim.name, one) > 0 || since(wait).compareTo(Duration.ofSeconds(25)) > 0) {
					break;
				}
			}
			victim.kill();
			long killed = System.nanoTime();
			int servedBefore = load.okOn(survivor);
			int held = lockedBy(victim.name, batch);
			// The rest of the round's timers fall due while the victim is dead.
			dueNow(users, survivor, batch);
			boolean restart = round == 0;
			if (restart) {
				victim.start();
			}
			Duration takeover = awaitFired(batch, Duration.ofSeconds(90));
			figure("kill -9 " + victim.name + ": timer jobs it held at the kill", String.valueOf(held));
			figure("kill -9 " + victim.name + ": all due timers of the round run after", seconds(takeover));
			check(takeover.compareTo(TAKEOVER_LIMIT) <= 0,
					"the timers due when " + victim.name + " was killed ran after " + seconds(takeover));
			if (restart) {
				victim.awaitReady(Duration.ofSeconds(180));
				figure("kill -9 " + victim.name + ": started again, ready after", seconds(since(killed)));
			}
			// The survivor goes on serving (without a restart to wait for, give it up to 15 s to show it).
			long serving = System.nanoTime();
			while (load.okOn(survivor) - servedBefore < 10 && since(serving).compareTo(Duration.ofSeconds(15)) < 0) {
				TimeUnit.MILLISECONDS.sleep(100);
			}
			int served = load.okOn(survivor) - servedBefore;
			figure("kill -9 " + victim.name + ": 2xx answers of " + survivor.name + " meanwhile", String.valueOf(served));
			check(served > 0, survivor.name + " served nothing while " + victim.name + " was down");
		}
		// Node B stays down (to keep the suite within its time): the outage is met by node A alone.
		List<Node> up = List.of(a);
		load.use(up);

		// 2. The database goes away for 30 s; timers fall due meanwhile.
		Batch outageBatch = batches.get(2);
		dueIn(users, a, outageBatch, Duration.ofSeconds(10));
		Probe probe = new Probe(up);
		probe.start();
		run(this.root, "faults/db.sh", "kill");
		long down = System.nanoTime();
		TimeUnit.SECONDS.sleep(30);
		probe.markDown();
		run(this.root, "faults/db.sh", "start");
		long back = System.nanoTime();
		Map<String, Duration> firstOk = probe.awaitFirstOkAfter(back, Duration.ofSeconds(60));
		probe.stop();
		figure("database down: answers (503 / other)", probe.unavailable.get() + " / " + probe.other.get());
		figure("database down: slowest 503", probe.slowest503.get() + " ms");
		check(probe.slowest503.get() <= FAST_503.toMillis(), "a 503 took " + probe.slowest503.get() + " ms");
		check(probe.unavailable.get() > 0, "no 503 while the database was down");
		firstOk.forEach((node, time) -> figure("first 2xx on " + node + " after the database returned", seconds(time)));
		check(firstOk.size() == up.size() && firstOk.values().stream().allMatch(d -> d.toSeconds() < 30),
				"not every node answered 2xx within 30 s of the database's return: " + firstOk);
		awaitFired(outageBatch, Duration.ofSeconds(60));
		Duration outageTimers = since(back);
		figure("timers due during the outage: all run, after the database returned", seconds(outageTimers));
		check(pending(outageBatch) == 0, "timers due during the outage did not run within 60 s");
		figure("database outage (s)", seconds(Duration.ofNanos(back - down)));

		load.stop();
		load.settle(Duration.ofSeconds(60));

		verify(users, batches, load);
		printTable(load);
		return this.failures.isEmpty() ? 0 : 1;
	}

	// ---- timers ----

	/** One body evaluation per department and year, each with an overdue timer (due the day after tomorrow). */
	private List<Batch> timerBatches(Users users, int count) throws Exception {
		List<String> departments = queryStrings("select code from org_unit where kind = 'DEPARTMENT' and parent_code is null order by code");
		String due = LocalDate.now(ZONE).plusDays(1).toString();
		List<Long> evaluations = new ArrayList<>();
		for (int year = YEAR; year < YEAR + 5; year++) {
			for (String department : departments) {
				HttpResponse<String> created = users.send("perf", this.nodes.get(evaluations.size() % 2), "POST",
						"/api/body-evaluations", "{\"kind\":\"DEPARTMENT\",\"fiscalYear\":" + year + ",\"subjectCode\":\""
								+ department + "\",\"selfReportDue\":\"" + due + "\",\"baseAmount\":\"1000000.00\"}",
						UUID.randomUUID().toString());
				if (created.statusCode() == 201) {
					evaluations.add(JSON.readTree(created.body()).get("id").asLong());
				}
				else {
					throw new IllegalStateException("body evaluation not created: " + created.statusCode() + " " + created.body());
				}
			}
		}
		List<String> instances = queryStrings("select p.PROC_INST_ID_ from ACT_HI_PROCINST p where p.BUSINESS_KEY_ like 'BE-DEPARTMENT-207%'"
				+ " order by p.PROC_INST_ID_");
		List<Batch> batches = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			batches.add(new Batch(new ArrayList<>()));
		}
		for (int i = 0; i < instances.size(); i++) {
			batches.get(i % count).instances().add(instances.get(i));
		}
		figure("timers (overdue self-reports of body evaluations) set due during the faults", String.valueOf(instances.size()));
		return batches;
	}

	private void dueNow(Users users, Node via, Batch batch) throws Exception {
		dueIn(users, via, batch, Duration.ZERO);
	}

	/** Moves the batch's timers to fire at now + delay, through Camunda's REST API (as an administrator would). */
	private void dueIn(Users users, Node via, Batch batch, Duration delay) throws Exception {
		String at = java.time.OffsetDateTime.now(ZoneId.of("UTC")).plus(delay).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
		for (String instance : batch.instances()) {
			for (String job : jobsOf(instance)) {
				HttpResponse<String> set = users.engineRest(via, "PUT", "/engine-rest/job/" + job + "/duedate",
						"{\"duedate\":\"" + at + "\"}");
				if (set.statusCode() != 204) {
					throw new IllegalStateException("due date of job " + job + ": " + set.statusCode() + " " + set.body());
				}
			}
		}
	}

	private List<String> jobsOf(String instance) throws SQLException {
		// Not one a node holds: that one is the node's to run, or another's once its lock runs out.
		return queryStrings("select j.ID_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.ACT_ID_ = '"
				+ TIMER + "' and j.PROCESS_INSTANCE_ID_ = '" + instance + "' and j.LOCK_OWNER_ is null");
	}

	private int lockedBy(String owner, Batch batch) throws SQLException {
		return queryInt("select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.ACT_ID_ = '"
				+ TIMER + "' and j.LOCK_OWNER_ = '" + owner + "' and j.PROCESS_INSTANCE_ID_ in (" + in(batch) + ")");
	}

	private int pending(Batch batch) throws SQLException {
		return queryInt("select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.ACT_ID_ = '"
				+ TIMER + "' and j.PROCESS_INSTANCE_ID_ in (" + in(batch) + ")");
	}

	/** Waits until no timer of the batch is left to run; returns how long it took. */
	private Duration awaitFired(Batch batch, Duration limit) throws Exception {
		long t = System.nanoTime();
		while (since(t).compareTo(limit) < 0) {
			try {
				if (pending(batch) == 0) {
					return since(t);
				}
			}
			catch (SQLException databaseNotBackYet) {
				// try again
			}
			TimeUnit.MILLISECONDS.sleep(250);
		}
		return since(t);
	}

	private static String in(Batch batch) {
		return String.join(",", batch.instances().stream().map(id -> "'" + id + "'").toList());
	}

	// ---- concurrent completion ----

	/** Proposes n items, then completes each one's assessment on both nodes at once; returns {won, refused}. */
	private int[] race(Users users, int n) throws Exception {
		int won = 0;
		int refused = 0;
		for (int i = 0; i < n; i++) {
			String key = UUID.randomUUID().toString();
			HttpResponse<String> created = users.send("edu", this.nodes.get(0), "POST", "/api/items", Load.proposal(PREFIX + "并发-" + key), key);
			if (created.statusCode() != 201) {
				fail("race: proposal refused " + created.statusCode() + " " + created.body());
				continue;
			}
			String code = JSON.readTree(created.body()).get("code").asText();
			this.ledger.proposals.put(key, code);
			String task = users.taskOf("edu", this.nodes.get(1), code);
			CyclicBarrier together = new CyclicBarrier(2);
			List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>();
			List<Thread> threads = new ArrayList<>();
			for (Node node : this.nodes) {
				Thread thread = new Thread(() -> {
					try {
						together.await(10, TimeUnit.SECONDS);
						answers.add(users.send("edu", node, "POST", "/api/tasks/" + task + "/assessment", Load.ASSESSMENT, null));
					}
					catch (Exception ex) {
						fail("race: " + ex);
					}
				});
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join(60_000);
			}
			for (HttpResponse<String> answer : answers) {
				if (answer.statusCode() == 201) {
					won++;
					this.ledger.fills.put(code, task);
				}
				else if (answer.statusCode() == 409) {
					refused++;
				}
			}
		}
		return new int[] { won, refused };
	}

	// ---- verification ----

	private void verify(Users users, List<Batch> batches, Load load) throws Exception {
		int acknowledged = this.ledger.acknowledged();
		int lost = 0;
		for (Map.Entry<String, String> proposal : this.ledger.proposals.entrySet()) {
			if (queryInt("select count(*) from budget_item where code = '" + proposal.getValue() + "'") != 1
					|| queryInt("select count(*) from idempotency_record where user_id = 'edu' and idem_key = '" + proposal.getKey() + "'") != 1) {
				lost++;
				fail("acknowledged proposal missing: " + proposal.getValue());
			}
		}
		for (Map.Entry<String, String> fill : this.ledger.fills.entrySet()) {
			if (queryInt("select count(*) from task_completion where task_id = '" + fill.getValue() + "'") != 1) {
				lost++;
				fail("acknowledged assessment of " + fill.getKey() + " not recorded once");
			}
		}
		for (Map.Entry<String, String> review : this.ledger.reviews.entrySet()) {
			if (queryInt("select count(*) from task_completion where task_id = '" + review.getValue() + "'") != 1) {
				lost++;
				fail("acknowledged review of " + review.getKey() + " not recorded once");
			}
		}
		int items = queryInt("select count(*) from budget_item where name like '" + PREFIX + "%'");
		int duplicated = queryInt("select count(*) from (select name from budget_item where name like '" + PREFIX
				+ "%' group by name having count(*) > 1) d")
				+ queryInt("select count(*) from (select task_id from task_completion group by task_id having count(*) > 1) d")
				+ queryInt("select count(*) from (select idempotency_key from fund_action group by idempotency_key having count(*) > 1) d");
		// Every item the load generator created was acknowledged in the end (a lost answer is repeated with its key).
		int unacknowledged = items - this.ledger.proposals.size();
		check(unacknowledged == 0, unacknowledged + " items exist that no acknowledged proposal accounts for");
		duplicated += Math.max(0, unacknowledged);

		int firedTwice = 0;
		int notFired = 0;
		for (Batch batch : batches) {
			for (String instance : batch.instances()) {
				int fired = queryInt("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = '" + instance + "' and ACT_ID_ = '" + TIMER + "'");
				int chases = queryInt("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = '" + instance
						+ "' and TASK_DEF_KEY_ = 'Task_ChaseSelfReport'");
				if (fired > 1 || chases > 1) {
					firedTwice++;
				}
				if (fired == 0 || chases == 0) {
					notFired++;
				}
			}
		}
		check(firedTwice == 0, firedTwice + " timers fired more than once");
		check(notFired == 0, notFired + " timers did not fire");
		duplicated += firedTwice;

		int incidents = queryInt("select count(*) from ACT_RU_INCIDENT");
		int failedJobs = queryInt("select count(*) from ACT_RU_JOB where RETRIES_ = 0 or EXCEPTION_MSG_ is not null");
		int overdueJobs = queryInt("select count(*) from ACT_RU_JOB where DUEDATE_ < timestampadd(SECOND, -60, utc_timestamp())"
				+ " and SUSPENSION_STATE_ = 1");
		// Stuck: an acknowledged item whose processes wait at nothing (no open task and no job).
		int stuck = 0;
		for (String code : this.ledger.proposals.values()) {
			int open = queryInt("select count(*) from inbox_task where item_code = '" + code + "'");
			int active = queryInt("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = '" + code + "' and PARENT_ID_ is null");
			if (active == 0 || open == 0) {
				stuck++;
				fail("item " + code + " is stuck: " + active + " active processes, " + open + " open tasks");
			}
		}
		check(incidents == 0, incidents + " incidents");
		check(failedJobs == 0, failedJobs + " jobs failed");
		check(overdueJobs == 0, overdueJobs + " jobs due for more than 60 s have not run");
		JsonNode consistency = JSON.readTree(users.send("admin", this.nodes.get(0), "GET", "/api/admin/inbox/consistency", null, null).body());
		check(consistency.path("missing").asInt(-1) == 0 && consistency.path("stale").asInt(-1) == 0
				&& consistency.path("changed").asInt(-1) == 0, "inbox read model differs from the engine: " + consistency);
		check(users.relogins.get() == 0, users.relogins.get() + " times a user had to log in again");
		check(lost == 0, lost + " acknowledged writes lost");
		check(duplicated == 0, duplicated + " duplicated effects");

		this.figures.put("writes acknowledged (proposals / assessments / reviews)", acknowledged + " ("
				+ this.ledger.proposals.size() + " / " + this.ledger.fills.size() + " / " + this.ledger.reviews.size() + ")");
		this.figures.put("lost", String.valueOf(lost));
		this.figures.put("duplicated", String.valueOf(duplicated));
		this.figures.put("incidents / failed jobs / jobs overdue > 60 s / stuck items", incidents + " / " + failedJobs + " / "
				+ overdueJobs + " / " + stuck);
		this.figures.put("inbox read model vs engine (missing/stale/changed)", consistency.path("missing").asText() + "/"
				+ consistency.path("stale").asText() + "/" + consistency.path("changed").asText());
		this.figures.put("log-ins again after a node switch or kill", String.valueOf(users.relogins.get()));
	}

	private void printTable(Load load) {
		this.figures.put("requests answered 2xx / 409 / 503 / failed connection", load.ok.get() + " / " + load.conflict.get()
				+ " / " + load.unavailable.get() + " / " + load.broken.get());
		this.figures.put("suite time", seconds(since(this.start)));
		int width = this.figures.keySet().stream().mapToInt(String::length).max().orElse(10);
		System.out.println();
		System.out.println("Fault suite: two nodes on one MariaDB");
		System.out.println("| " + pad("measure", width) + " | value |");
		System.out.println("|-" + "-".repeat(width) + "-|-------|");
		this.figures.forEach((k, v) -> System.out.println("| " + pad(k, width) + " | " + v + " |"));
		System.out.println();
		if (this.failures.isEmpty()) {
			System.out.println("FAULT SUITE GREEN: nothing lost, nothing duplicated, nothing stuck");
		}
		else {
			System.out.println("FAULT SUITE FAILED:");
			this.failures.forEach(f -> System.out.println("  - " + f));
		}
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

	// ---- helpers ----

	private void figure(String name, String value) {
		this.figures.put(name, value);
		System.out.println("[faults] " + name + ": " + value);
	}

	private void check(boolean ok, String failure) {
		if (!ok) {
			fail(failure);
		}
	}

	private void fail(String failure) {
		this.failures.add(failure);
		System.out.println("[faults] FAIL " + failure);
	}

	private int queryInt(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "root", ""); PreparedStatement s = c.prepareStatement(sql);
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private List<String> queryStrings(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "root", ""); PreparedStatement s = c.prepareStatement(sql);
				ResultSet rs = s.executeQuery()) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
	}

	static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

	static String seconds(Duration duration) {
		return String.format("%.1f s", duration.toMillis() / 1000.0);
	}

	private static void run(Path root, String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of("bash"));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).directory(root.toFile()).inheritIO().start();
		if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
	}

	private record Batch(List<String> instances) {
	}

	/** Every acknowledged write: proposals by Idempotency-Key → item code; assessments and reviews by item → task. */
	static final class Ledger {

		final Map<String, String> proposals = new ConcurrentHashMap<>();

		final Map<String, String> fills = new ConcurrentHashMap<>();

		final Map<String, String> reviews = new ConcurrentHashMap<>();

		int acknowledged() {
			return this.proposals.size() + this.fills.size() + this.reviews.size();
		}

	}

	/** One node: the packaged application started as its own JVM, killed with SIGKILL. */
	static final class Node {

		final String name;

		final int port;

		private final Path jar;

		private final Path logs;

		private final String jdbcUrl;

		private final boolean demo;

		private int starts;

		private volatile Process process;

		Node(String name, int port, Path jar, Path logs, String jdbcUrl, boolean demo) {
			this.name = name;
			this.port = port;
			this.jar = jar;
			this.logs = logs;
			this.jdbcUrl = jdbcUrl;
			this.demo = demo;
		}

		void start() throws IOException {
			this.starts++;
			ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx640m",
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", this.jar.toString(),
					"--spring.profiles.active=mysql", "--server.port=" + this.port);
			builder.environment().put("DB_URL", this.jdbcUrl);
			builder.environment().put("DB_USERNAME", "root");
			builder.environment().put("DB_PASSWORD", "");
			builder.environment().put("APP_NODE_NAME", this.name);
			// Node A loads the demo users and data on the first start; both know them from the database.
			builder.environment().put("APP_DEMO_DATA", String.valueOf(this.demo && this.starts == 1));
			builder.redirectErrorStream(true);
			builder.redirectOutput(this.logs.resolve(this.name + "-" + this.starts + ".log").toFile());
			this.process = builder.start();
			// faults/run.sh ends what is left by these ids if the suite itself is ended.
			Files.writeString(this.logs.resolve(this.name + ".pid"), String.valueOf(this.process.pid()));
		}

		void kill() {
			Process p = this.process;
			if (p != null && p.isAlive()) {
				p.destroyForcibly();
				try {
					p.waitFor(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		boolean alive() {
			Process p = this.process;
			return p != null && p.isAlive();
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		void awaitReady(Duration limit) throws Exception {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			long t = System.nanoTime();
			while (since(t).compareTo(limit) < 0) {
				if (!alive()) {
					throw new IllegalStateException(this.name + " ended while starting, see faults/.logs/" + this.name + "-"
							+ this.starts + ".log");
				}
				try {
					HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
					if (ready.statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// starting
				}
				TimeUnit.MILLISECONDS.sleep(500);
			}
			throw new IllegalStateException(this.name + " not ready within " + limit);
		}

	}

	/**
	 * The users' sessions: one cookie jar per user, logged in once and then used on whichever node a
	 * request goes to — the session lives in the database, so every node knows it.
	 */
	static final class Users {

		private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

		private final Map<String, CookieManager> jars = new ConcurrentHashMap<>();

		private final List<Node> nodes;

		final AtomicInteger relogins = new AtomicInteger();

		Users(List<Node> nodes) {
			this.nodes = nodes;
		}

		void logIn(String user, Node node) throws IOException, InterruptedException {
			CookieManager jar = this.jars.computeIfAbsent(user, u -> new CookieManager());
			this.clients.computeIfAbsent(user, u -> HttpClient.newBuilder().cookieHandler(jar)
				.connectTimeout(Duration.ofSeconds(2)).build());
			send(user, node, "GET", "/api/auth/me", null, null);
			HttpResponse<String> login = send(user, node, "POST", "/api/auth/login",
					"{\"username\":\"" + user + "\",\"password\":\"demo123\"}", null);
			if (login.statusCode() != 200) {
				throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
			}
		}

		HttpResponse<String> send(String user, Node node, String method, String path, String body, String idempotencyKey)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
				.timeout(Duration.ofSeconds(20))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json");
			this.jars.get(user).getCookieStore().getCookies().stream()
				.filter(c -> c.getName().equals("BPM-XSRF-TOKEN")).map(HttpCookie::getValue).filter(v -> !v.isEmpty())
				.findFirst().ifPresent(token -> request.header("X-BPM-XSRF-TOKEN", token));
			if (idempotencyKey != null) {
				request.header("Idempotency-Key", idempotencyKey);
			}
			HttpResponse<String> response = this.clients.get(user).send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 401 && !path.startsWith("/api/auth/")) {
				// The session is gone: that must not happen when a node dies. Counted, then logged in again.
				this.relogins.incrementAndGet();
				logIn(user, node);
				return send(user, node, method, path, body, idempotencyKey);
			}
			return response;
		}

		HttpResponse<String> engineRest(Node node, String method, String path, String body) throws IOException, InterruptedException {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.uri(path))
				.timeout(Duration.ofSeconds(20))
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String taskOf(String user, Node node, String code) throws Exception {
			HttpResponse<String> tasks = send(user, node, "GET", "/api/items/" + code + "/tasks", null, null);
			if (tasks.statusCode() != 200) {
				return null;
			}
			JsonNode list = JSON.readTree(tasks.body());
			return list.isArray() && list.size() > 0 ? list.get(0).get("id").asText() : null;
		}

	}

	/**
	 * The load: workers propose items (edu, with an Idempotency-Key), fill their ex-ante assessment (edu)
	 * and support it (perf), sending each request to the next node in turn; a request that fails (node
	 * dead, database down) is repeated later, on the other node, with the same key.
	 */
	static final class Load {

		static final String ASSESSMENT = "{\"scores\":[{\"dimension\":\"NECESSITY\",\"score\":18},{\"dimension\":\"ECONOMY\",\"score\":17},"
				+ "{\"dimension\":\"TARGETS\",\"score\":16},{\"dimension\":\"FEASIBILITY\",\"score\":18},{\"dimension\":\"FUNDING\",\"score\":19}],"
				+ "\"conclusion\":\"SUPPORTED\",\"summary\":\"评估结论：项目必要、可行。\"}";

		static final String REVIEW = "{\"decision\":\"SUPPORTED\",\"opinion\":\"审核意见：予以支持\"}";

		private final Users users;

		private final Ledger ledger;

		private volatile List<Node> nodes;

		private final AtomicBoolean running = new AtomicBoolean();

		private final List<Thread> workers = new ArrayList<>();

		/** Proposals sent but not yet acknowledged: key → name. */
		private final Map<String, String> pendingProposals = new ConcurrentHashMap<>();

		/** Items whose assessment was sent but not acknowledged: code → task. */
		private final Map<String, String> pendingFills = new ConcurrentHashMap<>();

		private final Map<String, String> pendingReviews = new ConcurrentHashMap<>();

		private final Set<String> toFill = ConcurrentHashMap.newKeySet();

		private final Set<String> toReview = ConcurrentHashMap.newKeySet();

		private final Map<String, AtomicInteger> okPerNode = new ConcurrentHashMap<>();

		final AtomicLong ok = new AtomicLong();

		final AtomicLong conflict = new AtomicLong();

		final AtomicLong unavailable = new AtomicLong();

		final AtomicLong broken = new AtomicLong();

		private final AtomicInteger turn = new AtomicInteger();

		Load(Users users, Ledger ledger, List<Node> nodes) {
			this.users = users;
			this.ledger = ledger;
			this.nodes = nodes;
		}

		static String proposal(String name) {
			return "{\"name\":\"" + name + "\",\"kind\":\"PROJECT\",\"fiscalYear\":" + YEAR + ",\"budgetType\":\"GENERAL_PUBLIC\","
					+ "\"departmentCode\":\"edu\",\"amount\":\"1200000.00\",\"continuity\":\"NEW\",\"capitalConstruction\":false,"
					+ "\"expiring\":false}";
		}

		/** From now on the load goes to these nodes only. */
		void use(List<Node> only) {
			this.nodes = new ArrayList<>(only);
		}

		int okOn(Node node) {
			return this.okPerNode.computeIfAbsent(node.name, n -> new AtomicInteger()).get();
		}

		void start(int threads) {
			this.running.set(true);
			for (int i = 0; i < threads; i++) {
				Thread worker = new Thread(this::work, "load-" + i);
				worker.setDaemon(true);
				worker.start();
				this.workers.add(worker);
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			for (Thread worker : this.workers) {
				worker.join(60_000);
			}
		}

		/** After the faults: repeats whatever is still unacknowledged until it is, on healthy nodes. */
		void settle(Duration limit) throws InterruptedException {
			long t = System.nanoTime();
			while ((!this.pendingProposals.isEmpty() || !this.pendingFills.isEmpty() || !this.pendingReviews.isEmpty())
					&& since(t).compareTo(limit) < 0) {
				step(false);
				TimeUnit.MILLISECONDS.sleep(50);
			}
		}

		private void work() {
			while (this.running.get()) {
				try {
					step(true);
					TimeUnit.MILLISECONDS.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private Node next() {
			return this.nodes.get(Math.floorMod(this.turn.getAndIncrement(), this.nodes.size()));
		}

		private void step(boolean create) {
			Node node = next();
			try {
				if (!this.pendingProposals.isEmpty()) {
					Map.Entry<String, String> p = this.pendingProposals.entrySet().iterator().next();
					propose(node, p.getKey(), p.getValue());
				}
				else if (!this.pendingFills.isEmpty()) {
					Map.Entry<String, String> f = this.pendingFills.entrySet().iterator().next();
					complete(node, "edu", f.getKey(), f.getValue(), "/assessment", ASSESSMENT, this.pendingFills, this.ledger.fills, this.toReview);
				}
				else if (!this.pendingReviews.isEmpty()) {
					Map.Entry<String, String> r = this.pendingReviews.entrySet().iterator().next();
					complete(node, "perf", r.getKey(), r.getValue(), "/assessment-review", REVIEW, this.pendingReviews, this.ledger.reviews, null);
				}
				else if (create) {
					int pick = Math.floorMod(this.turn.get(), 3);
					if (pick == 1 && !this.toFill.isEmpty()) {
						String code = take(this.toFill);
						if (code != null) {
							String task = this.users.taskOf("edu", node, code);
							if (task != null) {
								this.pendingFills.put(code, task);
								complete(node, "edu", code, task, "/assessment", ASSESSMENT, this.pendingFills, this.ledger.fills, this.toReview);
							}
							else {
								this.toFill.add(code);
							}
						}
					}
					else if (pick == 2 && !this.toReview.isEmpty()) {
						String code = take(this.toReview);
						if (code != null) {
							String task = this.users.taskOf("perf", node, code);
							if (task != null) {
								this.pendingReviews.put(code, task);
								complete(node, "perf", code, task, "/assessment-review", REVIEW, this.pendingReviews, this.ledger.reviews, null);
							}
							else {
								this.toReview.add(code);
							}
						}
					}
					else {
						String key = UUID.randomUUID().toString();
						String name = PREFIX + key;
						this.pendingProposals.put(key, name);
						propose(node, key, name);
					}
				}
			}
			catch (IOException ex) {
				this.broken.incrementAndGet();
			}
			catch (Exception ex) {
				this.broken.incrementAndGet();
			}
		}

		private static String take(Set<String> set) {
			for (String value : set) {
				if (set.remove(value)) {
					return value;
				}
			}
			return null;
		}

		private void propose(Node node, String key, String name) throws Exception {
			HttpResponse<String> answer = this.users.send("edu", node, "POST", "/api/items", proposal(name), key);
			count(node, answer);
			if (answer.statusCode() == 201) {
				String code = JSON.readTree(answer.body()).get("code").asText();
				this.ledger.proposals.put(key, code);
				this.pendingProposals.remove(key);
				this.toFill.add(code);
			}
			else if (answer.statusCode() < 500 && answer.statusCode() != 409) {
				this.pendingProposals.remove(key);
				throw new IllegalStateException("proposal refused: " + answer.statusCode() + " " + answer.body());
			}
		}

		/**
		 * A task step: 201 is acknowledged; 409 COMPLETED after an earlier attempt whose answer was lost
		 * means that attempt went through (the completion record says by whom).
		 */
		private void complete(Node node, String user, String code, String task, String step, String body,
				Map<String, String> pending, Map<String, String> acknowledged, Set<String> then) throws Exception {
			HttpResponse<String> answer = this.users.send(user, node, "POST", "/api/tasks/" + task + step, body, null);
			count(node, answer);
			if (answer.statusCode() == 201 || (answer.statusCode() == 409 && answer.body().contains("COMPLETED"))) {
				acknowledged.put(code, task);
				pending.remove(code);
				if (then != null) {
					then.add(code);
				}
			}
			else if (answer.statusCode() < 500) {
				pending.remove(code);
				throw new IllegalStateException(step + " refused: " + answer.statusCode() + " " + answer.body());
			}
		}

		private void count(Node node, HttpResponse<String> answer) {
			int status = answer.statusCode();
			if (status < 300) {
				this.ok.incrementAndGet();
				this.okPerNode.computeIfAbsent(node.name, n -> new AtomicInteger()).incrementAndGet();
			}
			else if (status == 409) {
				this.conflict.incrementAndGet();
			}
			else if (status == 503) {
				this.unavailable.incrementAndGet();
			}
		}

	}

	/** Polls both nodes (GET /api/auth/me as edu) while the database is away and after it returns. */
	final class Probe {

		private final List<Node> nodes;

		private final Users users;

		private final AtomicBoolean running = new AtomicBoolean(true);

		final AtomicLong slowest503 = new AtomicLong();

		final AtomicInteger unavailable = new AtomicInteger();

		final AtomicInteger other = new AtomicInteger();

		private final Map<String, Long> firstOkAt = new ConcurrentHashMap<>();

		private volatile boolean downMarked;

		private final List<Thread> threads = new ArrayList<>();

		Probe(List<Node> nodes) throws Exception {
			this.nodes = nodes;
			this.users = new Users(nodes);
			this.users.logIn("edu", nodes.get(0));
		}

		void start() {
			for (Node node : this.nodes) {
				Thread thread = new Thread(() -> {
					while (this.running.get()) {
						long t = System.nanoTime();
						try {
							HttpResponse<String> answer = this.users.send("edu", node, "GET", "/api/items?size=1", null, null);
							long ms = since(t).toMillis();
							if (answer.statusCode() == 503) {
								this.unavailable.incrementAndGet();
								this.slowest503.accumulateAndGet(ms, Math::max);
							}
							else if (answer.statusCode() == 200) {
								if (this.downMarked) {
									this.firstOkAt.putIfAbsent(node.name, System.nanoTime());
								}
							}
							else {
								this.other.incrementAndGet();
							}
						}
						catch (Exception ex) {
							this.other.incrementAndGet();
						}
						try {
							TimeUnit.MILLISECONDS.sleep(200);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				}, "probe-" + node.name);
				thread.setDaemon(true);
				thread.start();
				this.threads.add(thread);
			}
		}

		void markDown() {
			this.downMarked = true;
		}

		Map<String, Duration> awaitFirstOkAfter(long up, Duration limit) throws InterruptedException {
			long t = System.nanoTime();
			while (this.firstOkAt.size() < this.nodes.size() && since(t).compareTo(limit) < 0) {
				TimeUnit.MILLISECONDS.sleep(100);
			}
			Map<String, Duration> result = new LinkedHashMap<>();
			this.firstOkAt.forEach((node, at) -> result.put(node, Duration.ofNanos(Math.max(0, at - up))));
			return result;
		}

		void stop() {
			this.running.set(false);
		}

	}

}
