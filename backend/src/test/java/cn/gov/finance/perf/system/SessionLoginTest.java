package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.finance.perf.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's session and CSRF handshake over real HTTP (MockMvc replaces the CSRF repository,
 * so the cookie exchange is tested against the running server).
 */
@IntegrationTest
class SessionLoginTest {

	@LocalServerPort
	private int port;

	private final CookieManager cookies = new CookieManager();

	private HttpClient client;

	@BeforeEach
	void setUp() {
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	@Test
	void shouldLogInWithTheCsrfCookieAndLogOut() throws Exception {
		HttpResponse<String> firstResponse = send("GET", "/api/auth/me", null, false);
		assertThat(firstResponse.statusCode()).isEqualTo(401);
		String anonymousToken = csrfToken();
		assertThat(anonymousToken).as("the CSRF cookie comes with the first response").isNotNull();

		HttpResponse<String> withoutHeader = send("POST", "/api/auth/login", "{\"username\":\"edu\",\"password\":\"demo123\"}", false);
		assertThat(withoutHeader.statusCode()).isEqualTo(403);
		assertThat(withoutHeader.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));

		HttpResponse<String> login = send("POST", "/api/auth/login", "{\"username\":\"edu\",\"password\":\"demo123\"}", true);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"orgCode\":\"edu\"");
		assertThat(csrfToken()).as("login issues a new CSRF token").isNotNull().isNotEqualTo(anonymousToken);

		assertThat(send("GET", "/api/auth/me", null, false).body()).contains("\"id\":\"edu\"");
		assertThat(send("POST", "/api/auth/logout", "", true).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/auth/me", null, false).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> send(String method, String path, String body, boolean withCsrf) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (withCsrf) {
			request.header("X-BPM-XSRF-TOKEN", csrfToken());
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("BPM-XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElse(null);
	}

}
