package cn.gov.finance.perf.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import cn.gov.finance.perf.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The headers a security review checks: referrer policy, one framing policy, a SameSite XSRF cookie. */
@IntegrationTest
class SecurityHeadersTest {

	@Autowired
	private MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	private int port;

	@Test
	void shouldSendAReferrerPolicyAndAgreeOnFraming() throws Exception {
		this.mvc.perform(get("/api/auth/me"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		this.mvc.perform(get("/engine-rest/process-definition/count").with(httpBasic("nobody", "wrong")))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	/** Over real HTTP: the container writes the cookie's SameSite attribute. */
	@Test
	void shouldMarkTheXsrfCookieSameSiteStrict() throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/auth/me"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		org.assertj.core.api.Assertions.assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> org.assertj.core.api.Assertions.assertThat(cookie).startsWith("BPM-XSRF-TOKEN=")
				.contains("SameSite=Strict"));
	}

}
