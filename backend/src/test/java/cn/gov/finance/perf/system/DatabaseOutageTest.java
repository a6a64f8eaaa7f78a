package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.gov.finance.perf.BudgetPerformanceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The database goes away and comes back: a second MariaDB of its own (own data folder, own port —
 * never the shared server on 3306) is started, the application runs against it, the server is
 * killed, and a request must be answered 503 problem+json with Retry-After within 3 s (and, once the
 * pool has found the database gone, at once), the readiness
 * probe (anonymous, no details) must be DOWN and liveness UP; after the server is restarted the
 * same client gets 2xx again without restarting the application. The measured times are printed.
 * Skipped, with the reason, where {@code /usr/sbin/mariadbd} is not installed.
 */
class DatabaseOutageTest {

	private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

	private static final Duration LIMIT = Duration.ofSeconds(3);

	private final ObjectMapper json = new ObjectMapper();

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<String> figures = new ArrayList<>();

	private SecondMariaDb database;

	private ConfigurableApplicationContext application;

	private int appPort;

	@AfterEach
	void tearDown() throws Exception {
		try {
			if (this.application != null) {
				this.application.close();
			}
		}
		finally {
			if (this.database != null) {
				this.database.destroy();
			}
		}
	}

	@Test
	void shouldAnswer503WithinThreeSecondsWhileTheDatabaseIsDownAndRecoverWithoutRestart() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(MARIADBD), "skipped: " + MARIADBD
				+ " is not installed, and this test needs a MariaDB server of its own to kill and restart");
		this.database = SecondMariaDb.start();
		this.database.createDatabase("budget_perf_outage");
		this.application = new SpringApplicationBuilder(BudgetPerformanceApplication.class)
			// The application as deployed: none of the test suite's helper beans (MockMvc clients, fixtures).
			.initializers(context -> context.getBeanFactory().registerSingleton("excludeTestClasses", new TestClassesExcluded()))
			.run("--spring.profiles.active=mysql,test", "--server.port=0",
					"--spring.datasource.url=jdbc:mysql://127.0.0.1:" + this.database.port
							+ "/budget_perf_outage?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
							+ "&characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true",
					"--spring.datasource.username=root", "--spring.datasource.password=", "--app.demo-data=true");
		this.appPort = ((WebServerApplicationContext) this.application).getWebServer().getPort();

		logIn("edu");
		assertThat(get(this.client, "/api/items?size=5").statusCode()).isEqualTo(200);
		HttpResponse<String> ready = get(this.anonymous, "/actuator/health/readiness");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(statusOnly(ready)).isEqualTo("UP");
		figure("readiness before the outage (anonymous): %d %s", ready.statusCode(), ready.body());

		this.database.kill();

		long start = System.nanoTime();
		HttpResponse<String> first = get(this.client, "/api/items?size=5");
		Duration firstTime = since(start);
		assertUnavailable(first);
		figure("first GET /api/items after the kill: %d in %d ms, Retry-After %s", first.statusCode(),
				firstTime.toMillis(), first.headers().firstValue("Retry-After").orElse("-"));
		assertThat(firstTime).isLessThanOrEqualTo(LIMIT);

		start = System.nanoTime();
		HttpResponse<String> second = get(this.client, "/api/items?size=5");
		Duration secondTime = since(start);
		assertUnavailable(second);
		figure("second GET /api/items (no pooled connection left): %d in %d ms", second.statusCode(),
				secondTime.toMillis());
		assertThat(secondTime).isLessThanOrEqualTo(LIMIT);

		// The pool has now seen the database gone (DatabaseCircuit): no request waits for it again.
		start = System.nanoTime();
		HttpResponse<String> third = get(this.client, "/api/items?size=5");
		Duration thirdTime = since(start);
		assertUnavailable(third);
		figure("third GET /api/items (circuit open, nothing waits for the pool): %d in %d ms", third.statusCode(),
				thirdTime.toMillis());
		assertThat(thirdTime).as("answered without waiting connection-timeout again").isLessThan(Duration.ofMillis(1000));

		start = System.nanoTime();
		HttpResponse<String> post = send(this.client, "POST", "/api/items", "{\"name\":\"停库期间的申报\",\"kind\":\"PROJECT\","
				+ "\"fiscalYear\":2030,\"budgetType\":\"GENERAL_PUBLIC\",\"departmentCode\":\"edu\",\"amount\":\"1000.00\","
				+ "\"continuity\":\"NEW\",\"capitalConstruction\":false,\"expiring\":false}");
		Duration postTime = since(start);
		assertUnavailable(post);
		figure("POST /api/items: %d in %d ms", post.statusCode(), postTime.toMillis());
		assertThat(postTime).isLessThanOrEqualTo(LIMIT);

		start = System.nanoTime();
		HttpResponse<String> login = send(this.client, "POST", "/api/auth/login",
				"{\"username\":\"perf\",\"password\":\"demo123\"}");
		Duration loginTime = since(start);
		assertUnavailable(login);
		figure("POST /api/auth/login (not a 401 'wrong password'): %d in %d ms", login.statusCode(), loginTime.toMillis());
		assertThat(loginTime).isLessThanOrEqualTo(LIMIT);

		start = System.nanoTime();
		HttpResponse<String> engineRest = this.anonymous.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.appPort + "/engine-rest/process-definition/count"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("admin:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Duration engineRestTime = since(start);
		assertUnavailable(engineRest);
		figure("GET /engine-rest/process-definition/count with Basic: %d in %d ms", engineRest.statusCode(),
				engineRestTime.toMillis());
		assertThat(engineRestTime).isLessThanOrEqualTo(LIMIT);

		start = System.nanoTime();
		HttpResponse<String> down = get(this.anonymous, "/actuator/health/readiness");
		Duration downTime = since(start);
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(statusOnly(down)).isEqualTo("DOWN");
		figure("readiness during the outage (anonymous): %d %s in %d ms", down.statusCode(), down.body(),
				downTime.toMillis());
		assertThat(downTime).isLessThanOrEqualTo(LIMIT);
		HttpResponse<String> live = get(this.anonymous, "/actuator/health/liveness");
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(statusOnly(live)).isEqualTo("UP");
		figure("liveness during the outage (anonymous): %d %s", live.statusCode(), live.body());
		assertThat(get(this.anonymous, "/actuator/health").statusCode()).as("the full health stays admin-only")
			.isEqualTo(401);

		this.database.restart();
		start = System.nanoTime();
		HttpResponse<String> again = null;
		while (since(start).compareTo(Duration.ofSeconds(30)) < 0) {
			again = get(this.client, "/api/items?size=5");
			if (again.statusCode() == 200) {
				break;
			}
			TimeUnit.MILLISECONDS.sleep(100);
		}
		assertThat(again).isNotNull();
		assertThat(again.statusCode()).as("the same session gets 2xx again once the server is back").isEqualTo(200);
		figure("first 200 on GET /api/items %d ms after the server accepted connections again", since(start).toMillis());
		HttpResponse<String> readyAgain = get(this.anonymous, "/actuator/health/readiness");
		assertThat(readyAgain.statusCode()).isEqualTo(200);
		figure("readiness after the restart: %d %s", readyAgain.statusCode(), readyAgain.body());

		System.out.println("[database-outage] measured figures:");
		this.figures.forEach(f -> System.out.println("[database-outage]   " + f));
	}

	private void assertUnavailable(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(this.json.readTree(response.body()).get("type").asText()).isEqualTo("/problems/database-unavailable");
	}

	/** The probe says UP or DOWN and nothing else: no components, no details. */
	private String statusOnly(HttpResponse<String> response) throws IOException {
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.size()).as("only the status in " + response.body()).isEqualTo(1);
		return body.get("status").asText();
	}

	private void figure(String format, Object... args) {
		String line = String.format(format, args);
		this.figures.add(line);
		System.out.println("[database-outage] " + line);
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private void logIn(String user) throws Exception {
		assertThat(get(this.client, "/api/auth/me").statusCode()).isEqualTo(401);
		HttpResponse<String> login = send(this.client, "POST", "/api/auth/login",
				"{\"username\":\"" + user + "\",\"password\":\"demo123\"}");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return send(http, "GET", path, null);
	}

	private HttpResponse<String> send(HttpClient http, String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.appPort + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		String csrf = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("BPM-XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElse(null);
		if (csrf != null && http == this.client) {
			request.header("X-BPM-XSRF-TOKEN", csrf);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Keeps the component scan to the application's own classes, not the test output folder. */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURI().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

	/** A throw-away MariaDB server in a temporary folder on a free port, started and killed by the test. */
	static final class SecondMariaDb {

		final Path folder;

		final int port;

		private Process process;

		private SecondMariaDb(Path folder, int port) {
			this.folder = folder;
			this.port = port;
		}

		static SecondMariaDb start() throws Exception {
			Path folder = Files.createTempDirectory("bpm-outage-mariadb-");
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			SecondMariaDb db = new SecondMariaDb(folder, port);
			List<String> install = new ArrayList<>(List.of(installer(), "--no-defaults",
					"--datadir=" + folder.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db"));
			if (isRoot()) {
				install.add("--user=root");
			}
			Process installing = new ProcessBuilder(install).redirectErrorStream(true)
				.redirectOutput(folder.resolve("install.log").toFile())
				.start();
			assertThat(installing.waitFor(120, TimeUnit.SECONDS)).as("mariadb-install-db finished").isTrue();
			assertThat(installing.exitValue()).as("mariadb-install-db, see " + folder.resolve("install.log")).isZero();
			db.restart();
			return db;
		}

		private static String installer() {
			for (String candidate : List.of("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db",
					"/usr/local/bin/mariadb-install-db")) {
				if (Files.isExecutable(Path.of(candidate))) {
					return candidate;
				}
			}
			return "mariadb-install-db";
		}

		private static boolean isRoot() {
			return "root".equals(System.getProperty("user.name"));
		}

		/** Starts (or starts again) the server on the same folder and port and waits until it accepts. */
		void restart() throws Exception {
			List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
					"--datadir=" + this.folder.resolve("data"), "--port=" + this.port, "--bind-address=127.0.0.1",
					"--socket=" + this.folder.resolve("mysqld.sock"), "--pid-file=" + this.folder.resolve("mysqld.pid"),
					"--log-error=" + this.folder.resolve("error.log"), "--skip-log-bin",
					"--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
					"--transaction-isolation=READ-COMMITTED", "--innodb-buffer-pool-size=64M"));
			if (isRoot()) {
				command.add("--user=root");
			}
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.folder.resolve("server.log").toFile()))
				.start();
			long start = System.nanoTime();
			while (!accepts()) {
				assertThat(this.process.isAlive()).as("mariadbd is running, see " + this.folder.resolve("error.log"))
					.isTrue();
				assertThat(since(start)).as("mariadbd accepts connections").isLessThan(Duration.ofSeconds(60));
				TimeUnit.MILLISECONDS.sleep(100);
			}
		}

		private boolean accepts() {
			try (Connection connection = DriverManager.getConnection(
					"jdbc:mysql://127.0.0.1:" + this.port + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=1000",
					"root", "")) {
				return connection.isValid(1);
			}
			catch (Exception ex) {
				return false;
			}
		}

		void createDatabase(String name) throws Exception {
			try (Connection connection = DriverManager.getConnection(
					"jdbc:mysql://127.0.0.1:" + this.port + "/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
		}

		/** SIGKILL: the server vanishes without closing anything, as in a crash. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("mariadbd ended").isTrue();
			assertThat(portIsClosed()).as("nothing listens on " + this.port + " any more").isTrue();
		}

		private boolean portIsClosed() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
				return false;
			}
			catch (IOException ex) {
				return true;
			}
		}

		void destroy() throws Exception {
			if (this.process != null && this.process.isAlive()) {
				this.process.destroyForcibly();
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			try (Stream<Path> files = Files.walk(this.folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}

	}

}
