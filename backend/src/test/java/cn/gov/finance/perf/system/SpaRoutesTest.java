package cn.gov.finance.perf.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reloading or bookmarking any page of the app loads the app (which then shows the page, the login,
 * or its own 404), whatever the path; the server's own areas and files are never answered with it.
 */
@IntegrationTest
class SpaRoutesTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/disclosure", "/tasks", "/tasks/abc-123", "/items/XM2027-0001", "/me/substitutes",
			"/account/password", "/tracking/monitoring", "/login", "/a/page/nobody/made" })
	void aBrowserOpeningAnyPageGetsTheApp(String path) throws Exception {
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl("/index.html"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/items", "/api/no-such-endpoint", "/engine-rest/task", "/actuator/metrics" })
	void theServersOwnAreasAreNeverTheApp(String path) throws Exception {
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().is4xxClientError())
			.andExpect(forwardedUrl(null));
	}

	@Test
	void filesAndNonPageRequestsAreNotForwarded() throws Exception {
		this.mvc.perform(get("/assets/missing-file.js").accept(MediaType.ALL)).andExpect(forwardedUrl(null));
		this.mvc.perform(get("/disclosure").accept(MediaType.APPLICATION_JSON)).andExpect(forwardedUrl(null));
		this.mvc.perform(post("/disclosure").accept(MediaType.TEXT_HTML)).andExpect(forwardedUrl(null));
	}

}
