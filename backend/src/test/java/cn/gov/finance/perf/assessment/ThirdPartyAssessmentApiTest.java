package cn.gov.finance.perf.assessment;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Commissioning an independent third party (domain.md §3.1, §5 example 14) and policy assessments. */
@IntegrationTest
class ThirdPartyAssessmentApiTest {

	@Autowired
	private SliceApi api;

	@Test
	void shouldNotLetAThirdPartyLinkedToTheDepartmentAssessIt() throws Exception {
		String code = assessed("edu");
		String review = this.api.taskOf("perf", code);

		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", commission("tp-hengda"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("/problems/business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value("thirdPartyCode"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("关联")));
		assertThat(this.api.taskOf("perf", code)).isEqualTo(review);
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", commission("edu"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("thirdPartyCode"));
	}

	@Test
	void shouldHaveTheCommissionedThirdPartyAssessBeforeFinanceDecides() throws Exception {
		String code = assessed("edu");
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review", commission("tp-zhengxin"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.thirdPartyName").value("正信绩效评价咨询有限公司"));

		String thirdPartyTask = this.api.taskOf("thirdparty", code);
		this.api.post("edu", "/api/tasks/" + thirdPartyTask + "/assessment", assessment(15, 15, 15, 15, 15))
			.andExpect(status().isForbidden());
		this.api.post("thirdparty", "/api/tasks/" + thirdPartyTask + "/assessment", assessment(16, 15, 17, 16, 18))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.round").value(2));
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review",
				SliceApi.review("SUPPORTED")).andExpect(status().isCreated());

		JsonNode rounds = this.api.read(this.api.get("edu", "/api/items/" + code + "/assessments"));
		assertThat(rounds.findValuesAsText("assessorOrg")).containsExactly("edu", "tp-zhengxin");
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("TARGET_COMPILATION");
	}

	@Test
	void shouldAssessAPolicyOnThePolicyDimensions() throws Exception {
		Map<String, Object> policy = new HashMap<>(proposal("edu", null, false));
		policy.put("kind", "POLICY");
		String code = this.api.propose("edu", policy);
		String task = this.api.taskOf("edu", code);

		this.api.post("edu", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores[1].dimension')]").exists());
		List<Map<String, Object>> scores = List.of(score("NECESSITY"), score("SUPPORT"), score("TARGETS"),
				score("SUSTAINABILITY"), score("FUNDING"));
		this.api.post("edu", "/api/tasks/" + task + "/assessment",
				Map.of("scores", scores, "conclusion", "SUPPORTED", "summary", "政策必要。"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalScore").value(90));
		JsonNode dimensions = this.api.read(this.api.get("edu", "/api/assessment-dimensions?kind=POLICY"));
		assertThat(dimensions.findValuesAsText("name")).contains("政策设立必要性", "政策实施可持续性");
	}

	@Test
	void shouldAssessAnExpiringContinuingProjectButNotAnOngoingOne() throws Exception {
		Map<String, Object> expiring = new HashMap<>(proposal("edu", null, false));
		expiring.put("continuity", "CONTINUING");
		expiring.put("expiring", true);
		assertThat(this.api.item("edu", this.api.propose("edu", expiring)).get("stage").asText()).isEqualTo("ASSESSMENT");

		Map<String, Object> ongoing = new HashMap<>(proposal("edu", null, false));
		ongoing.put("continuity", "CONTINUING");
		assertThat(this.api.item("edu", this.api.propose("edu", ongoing)).get("stage").asText())
			.isEqualTo("TARGET_COMPILATION");

		Map<String, Object> invalid = new HashMap<>(proposal("edu", null, false));
		invalid.put("expiring", true);
		this.api.post("edu", "/api/items", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiring"));
	}

	private static Map<String, Object> score(String dimension) {
		return Map.of("dimension", dimension, "score", 18);
	}

	private String assessed(String department) throws Exception {
		String code = this.api.propose(department, proposal(department, null, false));
		this.api.post(department, "/api/tasks/" + this.api.taskOf(department, code) + "/assessment",
				assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());
		return code;
	}

	private static Map<String, Object> commission(String thirdParty) {
		return Map.of("decision", "COMMISSION_THIRD_PARTY", "opinion", "项目重大，委托第三方机构独立评估。", "thirdPartyCode",
				thirdParty);
	}

}
