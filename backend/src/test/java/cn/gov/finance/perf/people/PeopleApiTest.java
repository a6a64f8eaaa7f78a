package cn.gov.finance.perf.people;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.IdentityTestSupport;
import cn.gov.finance.perf.identity.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Users managed by administrators: created with an initial password that must be changed at the
 * first login, disabled (no login, open sessions end) and enabled, password reset, unlocked;
 * duplicates, bad fields and the last administrator refused; everything for administrators only
 * and in the administration audit log.
 */
@IntegrationTest
class PeopleApiTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String INITIAL = "Start#2092ab";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private IdentityTestSupport support;

	@Autowired
	private IdentityDirectory directory;

	@Test
	void shouldCreateAUserWhoMustChangeTheInitialPasswordAtTheFirstLogin() throws Exception {
		String id = newId();
		JsonNode created = read(admin(post("/api/admin/people/users"), newUser(id)).andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Location", "/api/admin/people/users/" + id)));
		assertThat(created.get("orgCode").asText()).isEqualTo("edu");
		assertThat(created.get("groups").get(0).asText()).isEqualTo(Roles.DEPARTMENT);
		assertThat(created.get("state").asText()).isEqualTo("ACTIVE");

		MockHttpSession session = new MockHttpSession();
		this.support.login(id, INITIAL, this.support.address(), session).andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.passwordChangeReason").value("FIRST_LOGIN"))
			.andExpect(jsonPath("$.orgCode").value("edu"));
		this.mvc.perform(get("/api/orgs").session(session)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/password-change-required"));
		this.mvc.perform(post("/api/auth/password").session(session).with(csrfToken()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"Changed#2092cd\"}"))
			.andExpect(status().isNoContent());
		this.support.login(id, "Changed#2092cd", this.support.address()).andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));

		JsonNode log = read(this.mvc.perform(get("/api/admin/audit-log?action=user.created&target=" + id)
			.with(this.logins.as("admin"))).andExpect(status().isOk()));
		assertThat(log.get("totalElements").asLong()).isEqualTo(1);
		assertThat(log.get("content").get(0).get("actor").asText()).isEqualTo("admin");
		assertThat(this.json.readTree(log.get("content").get(0).get("details").asText()).get("new.orgCode").asText())
			.isEqualTo("edu");
	}

	@Test
	void shouldRefuseADuplicateIdAndNameTheFieldOfABadValue() throws Exception {
		String id = newId();
		admin(post("/api/admin/people/users"), newUser(id)).andExpect(status().isCreated());
		admin(post("/api/admin/people/users"), newUser(id)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("people.userExists"));

		expectField(with(newUser(newId()), "email", "not-an-email"), "email");
		expectField(with(newUser(newId()), "id", "Bad Id!"), "id");
		expectField(with(newUser(newId()), "orgCode", "no-such-org"), "orgCode");
		expectField(with(newUser(newId()), "groups", List.of("org-edu")), "groups[0]");
		expectField(with(newUser(newId()), "password", "short"), "password");
		String refused = newId();
		expectField(with(newUser(refused), "password", refused + "Ab#1"), "password");
		assertThat(this.directory.userExists(refused)).isFalse();
	}

	@Test
	void shouldEditNameEmailOrganisationAndGroupsWithOldAndNewValuesLogged() throws Exception {
		String id = newId();
		admin(post("/api/admin/people/users"), newUser(id)).andExpect(status().isCreated());
		Map<String, Object> change = Map.of("name", "新名字", "email", "new@example.gov.cn", "orgCode", "health", "groups",
				List.of(Roles.DEPARTMENT, Roles.EXPERT));
		JsonNode updated = read(admin(put("/api/admin/people/users/" + id), change).andExpect(status().isOk()));
		assertThat(updated.get("name").asText()).isEqualTo("新名字");
		assertThat(updated.get("orgCode").asText()).isEqualTo("health");
		assertThat(this.directory.isMember(id, "org-edu")).isFalse();
		assertThat(this.directory.isMember(id, Roles.EXPERT)).isTrue();
		JsonNode entry = read(this.mvc.perform(get("/api/admin/audit-log?action=user.updated&target=" + id)
			.with(this.logins.as("admin")))).get("content").get(0);
		JsonNode details = this.json.readTree(entry.get("details").asText());
		assertThat(details.get("old.orgCode").asText()).isEqualTo("edu");
		assertThat(details.get("new.orgCode").asText()).isEqualTo("health");
		assertThat(details.get("new.groups").asText()).isEqualTo("department,expert");
		admin(get("/api/admin/people/users?q=新名字&orgCode=health&group=expert"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id));
	}

	@Test
	void shouldRefuseTheLoginOfADisabledUserAndEndTheirSession() throws Exception {
		String id = this.support.createdUser("dis", INITIAL);
		MockHttpSession session = new MockHttpSession();
		this.support.login(id, INITIAL, this.support.address(), session).andExpect(status().isOk());
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isOk());

		admin(post("/api/admin/people/users/" + id + "/disable"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISABLED"));
		this.mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
		assertThat(session.isInvalid()).isTrue();
		this.support.login(id, INITIAL, this.support.address()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("login.disabled"));
		// A wrong password says nothing about the account.
		this.support.login(id, "Wrong#2092xx", this.support.address()).andExpect(status().isUnauthorized());
		admin(get("/api/admin/people/users?state=DISABLED&q=" + id), null).andExpect(jsonPath("$.totalElements").value(1));

		admin(post("/api/admin/people/users/" + id + "/enable"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"));
		this.support.login(id, INITIAL, this.support.address()).andExpect(status().isOk());
		assertThat(read(this.mvc.perform(get("/api/admin/audit-log?action=user.&target=" + id)
			.with(this.logins.as("admin")))).get("content").findValuesAsText("action")).containsExactly("user.enabled",
					"user.disabled");
	}

	@Test
	void shouldResetThePasswordToATemporaryOneThatMustBeChanged() throws Exception {
		String id = newId();
		admin(post("/api/admin/people/users"), newUser(id)).andExpect(status().isCreated());
		String temporary = read(admin(post("/api/admin/people/users/" + id + "/password-reset"), Map.of())
			.andExpect(status().isOk())).get("temporaryPassword").asText();
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(8);
		this.support.login(id, INITIAL, this.support.address()).andExpect(status().isUnauthorized());
		this.support.login(id, temporary, this.support.address()).andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));

		JsonNode chosen = read(admin(post("/api/admin/people/users/" + id + "/password-reset"),
				Map.of("password", "Chosen#2092ef")).andExpect(status().isOk()));
		assertThat(chosen.hasNonNull("temporaryPassword")).isFalse();
		this.support.login(id, "Chosen#2092ef", this.support.address()).andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
		admin(post("/api/admin/people/users/" + id + "/password-reset"), Map.of("password", "weak"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		admin(post("/api/admin/people/users/nobody-" + id + "/password-reset"), Map.of()).andExpect(status().isNotFound());
		JsonNode log = read(this.mvc.perform(get("/api/admin/audit-log?action=user.passwordReset&target=" + id)
			.with(this.logins.as("admin"))));
		assertThat(log.get("totalElements").asLong()).isEqualTo(2);
		assertThat(log.toString()).doesNotContain(temporary);
	}

	@Test
	void shouldUnlockAnAccountLockedAfterFailedLogins() throws Exception {
		String id = this.support.createdUser("unl", INITIAL);
		for (int i = 0; i < 5; i++) {
			this.support.login(id, "Guess#" + i, this.support.address()).andExpect(status().isUnauthorized());
		}
		this.support.login(id, INITIAL, this.support.address()).andExpect(status().isTooManyRequests());
		admin(get("/api/admin/people/users/" + id), null).andExpect(jsonPath("$.state").value("LOCKED"));
		admin(post("/api/admin/people/users/" + id + "/unlock"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"));
		this.support.login(id, INITIAL, this.support.address()).andExpect(status().isOk());
		JsonNode entry = read(this.mvc.perform(get("/api/admin/audit-log?action=user.unlocked&target=" + id)
			.with(this.logins.as("admin")))).get("content").get(0);
		assertThat(this.json.readTree(entry.get("details").asText()).get("old.state").asText()).isEqualTo("LOCKED");
	}

	@Test
	void shouldNeverLeaveTheApplicationWithoutAnEnabledAdministrator() throws Exception {
		admin(post("/api/admin/people/users/admin/disable"), null).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("people.cannotDisableSelf"));
		// Leave "admin" the only enabled administrator for a moment (the others are other tests' users).
		List<String> others = new ArrayList<>();
		for (JsonNode user : read(admin(get("/api/admin/people/users?group=camunda-admin&state=ACTIVE&size=200"), null))
			.get("content")) {
			if (!"admin".equals(user.get("id").asText())) {
				others.add(user.get("id").asText());
			}
		}
		String second = newId();
		this.directory.ensureUser(second, "第二管理员", Logins.PASSWORD, null, Roles.ADMIN);
		try {
			for (String other : others) {
				admin(post("/api/admin/people/users/" + other + "/disable"), null).andExpect(status().isOk());
			}
			// Two administrators: one may leave the group or be disabled…
			this.mvc.perform(delete("/api/admin/people/groups/camunda-admin/members/" + second)
				.with(this.logins.as("admin")).with(csrfToken())).andExpect(status().isNoContent());
			this.mvc.perform(put("/api/admin/people/groups/camunda-admin/members/" + second)
				.with(this.logins.as("admin")).with(csrfToken())).andExpect(status().isNoContent());
			admin(post("/api/admin/people/users/" + second + "/disable"), null).andExpect(status().isOk());
			// …but the last enabled one may neither leave the group nor lose it on an edit.
			this.mvc.perform(delete("/api/admin/people/groups/camunda-admin/members/admin")
				.with(this.logins.as("admin")).with(csrfToken())).andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.code").value("people.lastAdmin"));
			admin(put("/api/admin/people/users/admin"), Map.of("name", "系统管理员", "groups", List.of()))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("groups"));
			assertThat(this.directory.isMember("admin", Roles.ADMIN)).isTrue();
			assertThat(read(this.mvc.perform(get("/api/admin/audit-log?action=membership.removed.refused&target=admin")
				.with(this.logins.as("admin")))).get("totalElements").asLong()).isPositive();
		}
		finally {
			for (String other : others) {
				admin(post("/api/admin/people/users/" + other + "/enable"), null).andExpect(status().isOk());
			}
		}
	}

	@Test
	void shouldRefuseNonAdministratorsEverywhere() throws Exception {
		List<RequestBuilder> calls = List.of(get("/api/admin/people/users"), get("/api/admin/people/users/edu"),
				json(post("/api/admin/people/users"), newUser(newId())),
				json(put("/api/admin/people/users/edu"), Map.of("name", "x", "groups", List.of())),
				post("/api/admin/people/users/edu/disable"), post("/api/admin/people/users/edu/enable"),
				json(post("/api/admin/people/users/edu/password-reset"), Map.of()),
				post("/api/admin/people/users/edu/unlock"), get("/api/admin/people/groups"),
				json(post("/api/admin/people/groups"), Map.of("id", "x-" + newId(), "name", "x", "kind", "ROLE")),
				json(put("/api/admin/people/groups/expert"), Map.of("name", "x")),
				get("/api/admin/people/groups/expert/members"), put("/api/admin/people/groups/expert/members/edu"),
				delete("/api/admin/people/groups/expert/members/expert"), get("/api/admin/people/orgs"),
				get("/api/admin/people/orgs/counties-without-finance"),
				json(post("/api/admin/people/orgs"),
						Map.of("code", "x-" + newId(), "name", "x", "kind", "DEPARTMENT", "divisionCode", "152500")),
				json(put("/api/admin/people/orgs/edu"), Map.of("name", "x", "kind", "DEPARTMENT", "divisionCode", "152500")),
				post("/api/admin/people/orgs/edu/disable"), post("/api/admin/people/orgs/edu/enable"));
		for (String user : List.of("perf", "audit", "edu")) {
			for (RequestBuilder call : calls) {
				MockHttpServletRequestBuilder request = (MockHttpServletRequestBuilder) call;
				this.mvc.perform(request.with(this.logins.as(user)).with(csrfToken())).andExpect(status().isForbidden());
			}
		}
		assertThat(this.directory.appUser("edu").orElseThrow().displayName()).isEqualTo("张教育");
	}

	private static String newId() {
		return "pa" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

	private static Map<String, Object> newUser(String id) {
		Map<String, Object> user = new HashMap<>();
		user.put("id", id);
		user.put("name", "测试" + id);
		user.put("email", id + "@example.gov.cn");
		user.put("orgCode", "edu");
		user.put("groups", List.of(Roles.DEPARTMENT));
		user.put("password", INITIAL);
		return user;
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		body.put(key, value);
		return body;
	}

	private void expectField(Map<String, Object> body, String field) throws Exception {
		admin(post("/api/admin/people/users"), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		MockHttpServletRequestBuilder built = request.with(this.logins.as("admin")).with(csrfToken());
		return this.mvc.perform(body == null ? built : json(built, body));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
