package cn.gov.finance.perf.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Problems carry a stable code and parameters, and say it in one language: Chinese by default,
 * English when the request asks for it (as the UI does after the switch) — the detail, the title,
 * field messages of the application and of Bean Validation alike.
 */
@IntegrationTest
class ProblemLanguageApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Test
	void shouldSayWhatIsMissingInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/api/items/{code}", "NOPE").with(this.logins.as("edu")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("notFound.item"))
			.andExpect(jsonPath("$.params[0]").value("NOPE"))
			.andExpect(jsonPath("$.title").value("不存在"))
			.andExpect(jsonPath("$.detail").value("项目 NOPE 不存在"));
		this.mvc.perform(get("/api/items/{code}", "NOPE").with(this.logins.as("edu")).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("notFound.item"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("Item NOPE does not exist"));
		// A language with no messages of its own gets the default, not the JVM's.
		this.mvc.perform(get("/api/items/{code}", "NOPE").with(this.logins.as("edu")).header("Accept-Language", "ja"))
			.andExpect(jsonPath("$.detail").value("项目 NOPE 不存在"));
	}

	@Test
	void shouldGiveFieldMessagesWithTheirCodesInTheRequestedLanguage() throws Exception {
		String body = "{\"fiscalYear\": 1999}";
		this.mvc.perform(post("/api/appraisals").with(this.logins.as("perf")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 2000 至 2100 之间的预算年度"));
		this.mvc.perform(post("/api/appraisals").with(this.logins.as("perf")).with(csrfToken()).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must be a fiscal year from 2000 to 2100"));
		// Bean Validation's own messages follow the language too.
		String blank = "{\"name\": \" \", \"query\": \"tab=TODO\"}";
		this.mvc.perform(post("/api/inbox-filters").with(this.logins.as("edu")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content(blank))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
			.andExpect(jsonPath("$.errors[0].message").value("不能为空"));
		this.mvc.perform(post("/api/inbox-filters").with(this.logins.as("edu")).with(csrfToken()).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(blank))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
		// A value of the wrong type is named by the type it should have had.
		this.mvc.perform(post("/api/appraisals").with(this.logins.as("perf")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\": \"soon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"))
			.andExpect(jsonPath("$.errors[0].code").value("json.expected.wholeNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
	}

	@Test
	void shouldRefuseAnonymousRequestsInTheRequestedLanguage() throws Exception {
		this.mvc.perform(get("/api/items"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.loginRequired"))
			.andExpect(jsonPath("$.detail").value("请先登录再访问 /api/items"));
		this.mvc.perform(get("/api/items").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail").value("Log in to use /api/items"));
	}

}
