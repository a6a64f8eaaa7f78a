package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One sign-on over real HTTP (the webapps are servlets of their own, out of MockMvc's reach): the
 * app's session is the webapps' login, for administrators only, and the app's logout ends both.
 */
@IntegrationTest
class WebappSingleSignOnTest {

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	/** A browser: its own cookies, the app's CSRF header. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		HttpResponse<String> send(String method, String path, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + WebappSingleSignOnTest.this.port + path))
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
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		Browser logIn(String user) throws Exception {
			assertThat(send("GET", "/api/auth/me", null).statusCode()).isEqualTo(401);
			HttpResponse<String> login = send("POST", "/api/auth/login",
					"{\"username\":\"" + user + "\",\"password\":\"" + Logins.PASSWORD + "\"}");
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			return this;
		}

		/** Opens Cockpit (where the webapps take the user from the app's session), then asks who is logged in. */
		HttpResponse<String> webappUser() throws Exception {
			String name = WebappSingleSignOnTest.this.engine.getName();
			HttpResponse<String> cockpit = send("GET", "/camunda/app/cockpit/" + name + "/", null);
			if (cockpit.statusCode() != 200) {
				return cockpit;
			}
			return send("GET", "/camunda/api/admin/auth/user/" + name, null);
		}

	}

	@Test
	void shouldSignAnAdministratorIntoTheWebappsWithTheAppsLoginAndOutWithItsLogout() throws Exception {
		Browser admin = new Browser().logIn("admin");
		HttpResponse<String> whoAmI = admin.webappUser();
		assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
		assertThat(whoAmI.body()).contains("\"userId\":\"admin\"").contains("cockpit");
		// The app's session goes on after the webapps saw it; their own login and logout are closed.
		assertThat(admin.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);
		assertThat(admin.send("POST", "/camunda/api/admin/auth/user/" + this.engine.getName() + "/login/cockpit",
				"username=admin&password=" + Logins.PASSWORD).statusCode()).isEqualTo(403);
		assertThat(admin.send("POST", "/camunda/api/admin/auth/user/logout", null).statusCode()).isEqualTo(403);
		assertThat(admin.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);
		assertThat(admin.webappUser().statusCode()).isEqualTo(200);

		assertThat(admin.send("POST", "/api/auth/logout", null).statusCode()).isEqualTo(204);
		HttpResponse<String> after = admin.webappUser();
		assertThat(after.statusCode()).as("unauthenticated after the app's logout").isIn(302, 401);
	}

	@Test
	void shouldKeepNonAdministratorsAndAnonymousOut() throws Exception {
		assertThat(new Browser().logIn("perf").webappUser().statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new Browser().webappUser();
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
