package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Request sizes over real HTTP (MockMvc bypasses Tomcat's multipart parsing): JSON bodies over
 * 1 MiB are refused with 413 before parsing, whether the length is declared or the body is chunked;
 * the appraisal scores take up to 4 MiB; uploads are limited to the configured 20 MB (the effective
 * limit used to be Spring's default 10 MB); a file name with a quote is refused. Nothing is stored.
 */
@IntegrationTest
class RequestSizeApiTest {

	private static final int MIB = 1024 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	private final CookieManager cookies = new CookieManager();

	private HttpClient client;

	@BeforeEach
	void logIn() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).connectTimeout(Duration.ofSeconds(10)).build();
		send(HttpRequest.newBuilder(uri("/api/auth/me")).GET());
		HttpResponse<String> login = send(json(uri("/api/auth/login"), "{\"username\":\"edu\",\"password\":\"demo123\"}"));
		assertThat(login.statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAJsonBodyOverTheCapBeforeParsingIt() throws Exception {
		long items = count("budget_item");
		byte[] big = proposalOfSize(MIB + 1);

		HttpResponse<String> declared = send(json(uri("/api/items"), big));
		assertTooLarge(declared, "body");
		assertThat(declared.body()).contains("1 MiB");

		HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/items"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
		assertTooLarge(chunked, "body");

		byte[] small = proposalOfSize(MIB - 1024);
		HttpResponse<String> under = send(json(uri("/api/items"), small));
		assertThat(under.statusCode()).as("just under the cap is read: " + under.body()).isEqualTo(400);
		assertThat(under.body()).contains("\"field\":\"description\"");
		assertThat(count("budget_item")).isEqualTo(items);
	}

	@Test
	void shouldTakeALargerBodyWhereTheFormNeedsIt() throws Exception {
		StringBuilder body = new StringBuilder("{\"entries\":[");
		String comment = "评".repeat(1300);
		for (int i = 0; i < 400; i++) {
			body.append(i == 0 ? "" : ",").append("{\"entryId\":").append(i + 1).append(",\"score\":80,\"comment\":\"")
				.append(comment).append("\"}");
		}
		byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isBetween(MIB + 1, 4 * MIB);

		HttpResponse<String> scores = send(json(uri("/api/tasks/no-such-task/appraisal-scores"), bytes));
		assertThat(scores.statusCode()).as("read and validated, then the task is not found: " + scores.body())
			.isEqualTo(404);

		assertTooLarge(send(json(uri("/api/tasks/no-such-task/appraisal-scores"), new byte[4 * MIB + 1])), "body");
	}

	@Test
	void shouldTakeUploadsUpToTheConfiguredLimit() throws Exception {
		long attachments = count("key_evaluation_attachment");

		HttpResponse<String> eleven = send(upload("/api/tasks/no-such-task/key-evaluation/attachments", "底稿.pdf",
				new byte[11 * MIB]));
		assertThat(eleven.statusCode()).as("11 MiB passes the multipart limits; the task is not found: " + eleven.body())
			.isEqualTo(404);

		HttpResponse<String> tooBig = send(upload("/api/tasks/no-such-task/key-evaluation/attachments", "底稿.pdf",
				new byte[21 * MIB]));
		assertTooLarge(tooBig, "file");
		assertThat(count("key_evaluation_attachment")).isEqualTo(attachments);
	}

	@Test
	void shouldRefuseAFileNameWithAQuote() throws Exception {
		long attachments = count("key_evaluation_attachment");
		for (String disposition : List.of("filename=\"a\\\"b.pdf\"", "filename=\"a\"b.pdf\"", "filename=a\"b.pdf",
				"filename=\"report\u202Efdp.exe\"")) {
			HttpResponse<String> response = send(rawUpload("/api/tasks/no-such-task/key-evaluation/attachments",
					"form-data; name=\"file\"; " + disposition, "x".getBytes(StandardCharsets.UTF_8)));
			assertThat(response.statusCode()).as(disposition + " → " + response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(this.json.readTree(response.body()).at("/errors/0/field").asText()).isEqualTo("file");
		}
		assertThat(count("key_evaluation_attachment")).isEqualTo(attachments);
	}

	private void assertTooLarge(HttpResponse<String> response, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asText()).isEqualTo("/problems/payload-too-large");
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
	}

	/** A proposal whose description pads it to the size (too long for the field, so it is never stored). */
	private byte[] proposalOfSize(int size) throws Exception {
		Map<String, Object> proposal = new java.util.HashMap<>(SliceApi.proposal("edu", null, false));
		proposal.put("description", "");
		byte[] empty = this.json.writeValueAsBytes(proposal);
		proposal.put("description", "x".repeat(size - empty.length));
		byte[] bytes = this.json.writeValueAsBytes(proposal);
		assertThat(bytes).hasSize(size);
		return bytes;
	}

	private HttpRequest.Builder json(URI uri, String body) {
		return json(uri, body.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder json(URI uri, byte[] body) {
		return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	private HttpRequest.Builder upload(String path, String fileName, byte[] content) throws Exception {
		return rawUpload(path, "form-data; name=\"file\"; filename=\"" + fileName + "\"", content);
	}

	private HttpRequest.Builder rawUpload(String path, String disposition, byte[] content) throws Exception {
		String boundary = "----bpm-boundary-7MA4YWxkTrZu0gW";
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.write(("--" + boundary + "\r\nContent-Disposition: " + disposition
				+ "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		String csrf = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("BPM-XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElse(null);
		if (csrf != null) {
			request.header("X-BPM-XSRF-TOKEN", csrf);
		}
		return this.client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
