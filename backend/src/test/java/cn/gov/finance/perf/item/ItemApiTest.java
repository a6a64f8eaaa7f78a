package cn.gov.finance.perf.item;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ItemApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private BudgetItemRepository items;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Test
	void shouldCreateItemWithCodeAndStartItsAssessment() throws Exception {
		Map<String, Object> proposal = proposal("edu", "edu-school1", false);
		String location = this.api.post("edu", "/api/items", proposal)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/items/XM2027-\\d{4}")))
			.andExpect(jsonPath("$.divisionCode").value("152500"))
			.andExpect(jsonPath("$.departmentName").value("盟教育局"))
			.andExpect(jsonPath("$.stage").value("ASSESSMENT"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String code = location.substring(location.lastIndexOf('/') + 1);

		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey("ExAnteAssessmentProcess")
			.count()).isEqualTo(1);
	}

	@Test
	void shouldNameEveryInvalidFieldAndStoreNothing() throws Exception {
		long before = this.items.count();
		Map<String, Object> invalid = new java.util.HashMap<>(proposal("edu", null, false));
		invalid.put("name", " ");
		invalid.put("amount", "-5");
		invalid.remove("fiscalYear");
		invalid.put("continuity", null);

		this.api.post("edu", "/api/items", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.code").value("validation.count"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'amount')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'fiscalYear')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'continuity')]").exists());

		assertThat(this.items.count()).isEqualTo(before);
	}

	@Test
	void shouldNameTheFieldWithAnUnknownEnumValue() throws Exception {
		Map<String, Object> invalid = new java.util.HashMap<>(proposal("edu", null, false));
		invalid.put("budgetType", "LOTTERY");

		this.api.post("edu", "/api/items", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("budgetType"));
	}

	@Test
	void shouldRejectAUnitOfAnotherDepartment() throws Exception {
		this.api.post("edu", "/api/items", proposal("edu", "health-hospital", false))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].code").value("item.notAUnitOf"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.endsWith("的所属单位")));
		// The same message in English when the request asks for it, the department named in both.
		this.mvc.perform(post("/api/items").with(this.logins.as("edu"))
			.with(csrfToken())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(proposal("edu", "health-hospital", false))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("item.notAUnitOf"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is not a unit of ")));
	}

	@Test
	void shouldForbidProposingForAnotherDepartment() throws Exception {
		long before = this.items.count();
		this.api.post("edu", "/api/items", proposal("health", null, false))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		assertThat(this.items.count()).isEqualTo(before);
	}

	@Test
	void shouldForbidFinanceAndUnitsFromProposing() throws Exception {
		this.api.post("perf", "/api/items", proposal("edu", null, false)).andExpect(status().isForbidden());
		this.api.post("edu-unit", "/api/items", proposal("edu", null, false)).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowFinanceEveryDepartmentButADepartmentOnlyItsOwn() throws Exception {
		String edu = this.api.propose("edu", proposal("edu", null, false));
		String health = this.api.propose("health", proposal("health", null, false));

		assertThat(codes("perf")).contains(edu, health);
		assertThat(codes("audit")).contains(edu, health);
		assertThat(codes("edu")).contains(edu).doesNotContain(health);
		assertThat(codes("health")).contains(health).doesNotContain(edu);
	}

	@Test
	void shouldShowAUnitTheItemsItCarriesOut() throws Exception {
		String own = this.api.propose("edu", proposal("edu", "edu-school1", false));
		String other = this.api.propose("edu", proposal("edu", null, false));

		assertThat(codes("edu-unit")).contains(own).doesNotContain(other);
		this.api.get("edu-unit", "/api/items/" + other).andExpect(status().isForbidden());
	}

	@Test
	void shouldAnswerUnknownItemWithNotFound() throws Exception {
		this.api.get("perf", "/api/items/XM1999-9999")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/not-found"));
	}

	@Test
	void shouldRejectAnInvalidPageSize() throws Exception {
		this.api.get("perf", "/api/items?size=100000")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	private java.util.List<String> codes(String user) throws Exception {
		return this.api.read(this.api.get(user, "/api/items?size=200")).get("content").findValuesAsText("code");
	}

}
