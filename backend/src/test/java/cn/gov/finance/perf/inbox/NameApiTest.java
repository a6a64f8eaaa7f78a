package cn.gov.finance.perf.inbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Pages show people, groups and organisations by name: /api/names answers each id with its display name. */
@IntegrationTest
class NameApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Test
	void shouldNameUsersGroupsAndOrganisationsAndAnswerAnUnknownIdAsItself() throws Exception {
		this.mvc.perform(get("/api/names").param("ids", "perf", "org-health-hospital", "health-hospital", "nobody-here")
				.with(this.logins.as("edu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.perf").value("王绩效"))
			.andExpect(jsonPath("$['org-health-hospital']").value("盟中心医院"))
			.andExpect(jsonPath("$['health-hospital']").value("盟中心医院"))
			.andExpect(jsonPath("$['nobody-here']").value("nobody-here"));
	}

	@Test
	void shouldNeedALoginAndRefuseTooManyIds() throws Exception {
		this.mvc.perform(get("/api/names").param("ids", "perf")).andExpect(status().isUnauthorized());
		MockHttpServletRequestBuilder many = get("/api/names").with(this.logins.as("edu"));
		for (int i = 0; i <= NameController.MAX_IDS; i++) {
			many.param("ids", "user-" + i);
		}
		this.mvc.perform(many).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ids"));
	}

}
