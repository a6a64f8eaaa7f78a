package cn.gov.finance.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser over real HTTP, for what MockMvc does not reach (Camunda's webapps are servlets of their
 * own; sessions in the database): its own cookies, the app's CSRF header, and the webapps' CSRF token
 * (which they hand out on every GET).
 */
public final class HttpBrowser {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private String webappCsrfToken;

	public HttpBrowser(int port) {
		this.port = port;
	}

	public HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("BPM-XSRF-TOKEN") && !c.getValue().isEmpty())
			.map(HttpCookie::getValue)
			.findFirst()
			.ifPresent(token -> request.header("X-BPM-XSRF-TOKEN", token));
		if (this.webappCsrfToken != null) {
			request.header("X-XSRF-TOKEN", this.webappCsrfToken);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> this.webappCsrfToken = token);
		return response;
	}

	public HttpBrowser logIn(String user) throws Exception {
		return logIn(user, Logins.PASSWORD);
	}

	public HttpBrowser logIn(String user, String password) throws Exception {
		assertThat(send("GET", "/api/auth/me", null).statusCode()).isEqualTo(401);
		HttpResponse<String> login = send("POST", "/api/auth/login",
				"{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return this;
	}

	/** Opens Cockpit (where the webapps take the user from the app's session), then asks who is logged in. */
	public HttpResponse<String> webappUser(String engineName) throws Exception {
		HttpResponse<String> cockpit = send("GET", "/camunda/app/cockpit/" + engineName + "/", null);
		if (cockpit.statusCode() != 200) {
			return cockpit;
		}
		return send("GET", "/camunda/api/admin/auth/user/" + engineName, null);
	}

}
