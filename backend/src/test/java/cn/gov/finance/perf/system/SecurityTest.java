package cn.gov.finance.perf.system;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@ParameterizedTest
	@ValueSource(strings = { "/api/items", "/api/tasks", "/api/auth/me", "/api/orgs", "/api/openapi.json",
			"/api/anything-unknown" })
	void shouldRefuseAnonymousApiRequestsWithProblemJson(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
			.andExpect(jsonPath("$.code").value("auth.loginRequired"))
			.andExpect(jsonPath("$.title").value("需要登录"));
	}

	@Test
	void shouldRefuseAnonymousCamundaRestApi() throws Exception {
		this.mvc.perform(get("/engine-rest/process-definition"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldRefuseCamundaRestApiToNonAdministrators() throws Exception {
		this.mvc.perform(get("/engine-rest/process-definition").with(httpBasic("perf", Logins.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		this.mvc.perform(get("/engine-rest/process-definition").with(httpBasic("nobody", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldRedirectAnonymousCamundaWebappsToTheLogin() throws Exception {
		this.mvc.perform(get("/camunda/app/cockpit/default/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		this.mvc.perform(get("/camunda/app/admin/default/").with(this.logins.as("perf")))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseAChangeWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/api/items").with(this.logins.as("edu")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
	}

	@Test
	void shouldAnswerWrongPasswordWithProblemJson() throws Exception {
		this.mvc.perform(post("/api/auth/login").with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"expert\",\"password\":\"nope\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("/problems/bad-credentials"));
	}

	@Test
	void shouldRequireUsernameAndPasswordFields() throws Exception {
		this.mvc.perform(post("/api/auth/login").with(csrfToken()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
	}

	@Test
	void shouldKeepActuatorForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/health").with(this.logins.as("admin"))).andExpect(status().isOk());
	}

}
