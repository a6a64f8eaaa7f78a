package cn.gov.finance.perf.people;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.identity.IdentityDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Organisations managed by administrators, with their groups, and the check that no county drops
 * silently out of the appraisal: a county without an enabled finance bureau is listed on the
 * organisations page and named on the appraisal round that leaves it out.
 */
@IntegrationTest
class OrgAdminApiTest {

	private static final int YEAR = 2092;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SliceApi api;

	@Autowired
	private IdentityDirectory directory;

	@Test
	void shouldNameACountyWithoutFinanceBureauOnThePageAndOnTheAppraisalRound() throws Exception {
		String county = "2092" + (System.nanoTime() % 100_000);
		this.jdbc.update("insert into division (code, name, division_level, parent_code, sort_order) values (?, ?, 'COUNTY', '152500', 90)",
				county, "测试旗" + county);
		assertThat(missing()).contains(county);

		JsonNode round = this.api.read(this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", YEAR))
			.andExpect(status().isCreated()));
		assertThat(round.get("skippedCounties").findValuesAsText("divisionCode")).contains(county);
		assertThat(round.get("skippedCounties").findValuesAsText("name")).contains("测试旗" + county);
		assertThat(round.get("entries").findValuesAsText("subjectCode")).doesNotContain(county);

		String bureau = "fin-" + county;
		JsonNode created = read(admin(post("/api/admin/people/orgs"), org(bureau, "测试旗财政局", "FINANCE", null, county))
			.andExpect(status().isCreated()));
		assertThat(created.get("divisionName").asText()).isEqualTo("测试旗" + county);
		assertThat(missing()).doesNotContain(county);
		assertThat(this.directory.groupNames(List.of("org-" + bureau))).containsEntry("org-" + bureau, "测试旗财政局");

		admin(post("/api/admin/people/orgs/" + bureau + "/disable"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.disabled").value(true));
		assertThat(missing()).contains(county);
		admin(post("/api/admin/people/orgs/" + bureau + "/enable"), null).andExpect(status().isOk());
		assertThat(missing()).doesNotContain(county);
		JsonNode overview = read(admin(get("/api/admin/people/orgs"), null).andExpect(status().isOk()));
		assertThat(overview.get("orgs").findValuesAsText("code")).contains(bureau, "edu");
		assertThat(overview.get("countiesWithoutFinance").findValuesAsText("divisionCode")).doesNotContain(county);
		assertThat(read(this.mvc.perform(get("/api/admin/audit-log?target=" + bureau).with(this.logins.as("admin"))))
			.get("content").findValuesAsText("action")).containsExactly("org.enabled", "org.disabled", "org.created");
	}

	@Test
	void shouldCreateAndEditOrganisationsAndRefuseDuplicatesAndBadFields() throws Exception {
		String code = "dep" + (System.nanoTime() % 1_000_000);
		admin(post("/api/admin/people/orgs"), org(code, "测试局", "DEPARTMENT", null, "152500")).andExpect(status().isCreated());
		admin(post("/api/admin/people/orgs"), org(code, "测试局", "DEPARTMENT", null, "152500"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("people.orgExists"));
		admin(post("/api/admin/people/orgs"), org(code + "-u", "测试单位", "UNIT", null, "152500"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentCode"));
		admin(post("/api/admin/people/orgs"), org(code + "-x", "测试", "DEPARTMENT", null, "999999"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		admin(post("/api/admin/people/orgs"), org("Bad Code", "测试", "DEPARTMENT", null, "152500"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
		admin(post("/api/admin/people/orgs"), org(code + "-u", "测试单位", "UNIT", code, "152500"))
			.andExpect(status().isCreated());
		admin(put("/api/admin/people/orgs/" + code), org(null, "测试局", "DEPARTMENT", code + "-u", "152500"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentCode"));

		admin(put("/api/admin/people/orgs/" + code), org(null, "改名局", "DEPARTMENT", null, "152500"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名局"));
		assertThat(this.directory.groupNames(List.of("org-" + code))).containsEntry("org-" + code, "改名局");
		JsonNode groups = read(admin(get("/api/admin/people/groups?kind=UNIT"), null));
		assertThat(groups.findValuesAsText("id")).contains("org-" + code + "-u");
		JsonNode details = this.json.readTree(read(this.mvc.perform(get("/api/admin/audit-log?action=org.updated&target="
				+ code).with(this.logins.as("admin")))).get("content").get(0).get("details").asText());
		assertThat(details.get("old.name").asText()).isEqualTo("测试局");
		assertThat(details.get("new.name").asText()).isEqualTo("改名局");
		admin(put("/api/admin/people/orgs/nope-" + code), org(null, "x", "DEPARTMENT", null, "152500"))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldKeepADisabledUnitForItsNameButGiveItNoNewWork() throws Exception {
		String code = "edu-off" + (System.nanoTime() % 1_000_000);
		admin(post("/api/admin/people/orgs"), org(code, "停用测试单位", "UNIT", "edu", "152500")).andExpect(status().isCreated());
		admin(post("/api/admin/people/orgs/" + code + "/disable"), null).andExpect(status().isOk());

		JsonNode listed = read(this.mvc.perform(get("/api/orgs").with(this.logins.as("edu"))));
		JsonNode unit = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
			.filter(o -> o.get("code").asText().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(unit.get("name").asText()).isEqualTo("停用测试单位");
		assertThat(unit.get("disabled").asBoolean()).isTrue();

		java.util.Map<String, Object> proposal = SliceApi.proposal("edu", code, false);
		proposal.put("fiscalYear", YEAR);
		this.api.post("edu", "/api/items", proposal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].code").value("org.disabled"));
	}

	@Test
	void shouldManageRoleGroupsAndMembers() throws Exception {
		String id = "grp" + (System.nanoTime() % 1_000_000);
		admin(post("/api/admin/people/groups"), Map.of("id", id, "name", "测试组", "kind", "ROLE"))
			.andExpect(status().isCreated());
		admin(post("/api/admin/people/groups"), Map.of("id", id, "name", "测试组", "kind", "ROLE"))
			.andExpect(status().isConflict());
		admin(post("/api/admin/people/groups"), Map.of("id", "org-" + id, "name", "x", "kind", "ROLE"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
		admin(post("/api/admin/people/groups"), Map.of("id", id + "d", "name", "x", "kind", "DEPARTMENT"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		admin(put("/api/admin/people/groups/" + id), Map.of("name", "改名组")).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("改名组"));
		admin(put("/api/admin/people/groups/" + id + "/members/expert"), null).andExpect(status().isNoContent());
		admin(get("/api/admin/people/groups/" + id + "/members"), null).andExpect(jsonPath("$[0].id").value("expert"));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/admin/people/groups/" + id + "/members/expert")
			.with(this.logins.as("admin"))
			.with(csrfToken())).andExpect(status().isNoContent());
		assertThat(this.directory.isMember("expert", id)).isFalse();
		assertThat(read(this.mvc.perform(get("/api/admin/audit-log?target=" + id).with(this.logins.as("admin"))))
			.get("content").findValuesAsText("action"))
			.containsExactly("membership.removed", "membership.added", "group.renamed", "group.created");
	}

	private List<String> missing() throws Exception {
		return read(admin(get("/api/admin/people/orgs/counties-without-finance"), null).andExpect(status().isOk()))
			.findValuesAsText("divisionCode");
	}

	private static Map<String, Object> org(String code, String name, String kind, String parent, String division) {
		Map<String, Object> org = new HashMap<>();
		if (code != null) {
			org.put("code", code);
		}
		org.put("name", name);
		org.put("kind", kind);
		org.put("parentCode", parent);
		org.put("divisionCode", division);
		return org;
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		MockHttpServletRequestBuilder built = request.with(this.logins.as("admin")).with(csrfToken());
		return this.mvc.perform(body == null ? built
				: built.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
