package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import cn.gov.finance.perf.HttpBrowser;
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

	private HttpBrowser browser() {
		return new HttpBrowser(this.port);
	}

	@Test
	void shouldSignAnAdministratorIntoTheWebappsWithTheAppsLoginAndOutWithItsLogout() throws Exception {
		HttpBrowser admin = browser().logIn("admin");
		HttpResponse<String> whoAmI = admin.webappUser(this.engine.getName());
		assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
		assertThat(whoAmI.body()).contains("\"userId\":\"admin\"").contains("cockpit");
		// The app's session goes on after the webapps saw it; their own login and logout are closed.
		assertThat(admin.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);
		assertThat(admin.send("POST", "/camunda/api/admin/auth/user/" + this.engine.getName() + "/login/cockpit",
				"username=admin&password=" + Logins.PASSWORD).statusCode()).isEqualTo(403);
		assertThat(admin.send("POST", "/camunda/api/admin/auth/user/logout", null).statusCode()).isEqualTo(403);
		assertThat(admin.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);
		assertThat(admin.webappUser(this.engine.getName()).statusCode()).isEqualTo(200);

		assertThat(admin.send("POST", "/api/auth/logout", null).statusCode()).isEqualTo(204);
		HttpResponse<String> after = admin.webappUser(this.engine.getName());
		assertThat(after.statusCode()).as("unauthenticated after the app's logout").isIn(302, 401);
	}

	@Test
	void shouldKeepNonAdministratorsAndAnonymousOut() throws Exception {
		assertThat(browser().logIn("perf").webappUser(this.engine.getName()).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = browser().webappUser(this.engine.getName());
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
