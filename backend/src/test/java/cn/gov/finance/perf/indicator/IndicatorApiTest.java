package cn.gov.finance.perf.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The indicator library: the standard tree, seeded indicators, finance maintaining it, departments proposing. */
@IntegrationTest
class IndicatorApiTest {

	@Autowired
	private SliceApi api;

	@Test
	void shouldServeTheStandardTreeWithItsThreeLevelOneCategories() throws Exception {
		JsonNode tree = this.api.read(this.api.get("edu", "/api/indicator-categories"));
		assertThat(tree.findValuesAsText("code")).contains("OUTPUT", "BENEFIT", "SATISFACTION", "QUANTITY", "QUALITY",
				"TIMELINESS", "COST", "ECONOMIC", "SOCIAL", "ECOLOGICAL", "SUSTAINABLE", "SERVICE_SATISFACTION");
	}

	@Test
	void shouldOfferCommonIndicatorsTogetherWithThoseOfTheChosenIndustry() throws Exception {
		JsonNode education = this.api.read(this.api.get("edu", "/api/indicators?industryCode=EDUCATION"));
		assertThat(education.findValuesAsText("name")).contains("营养餐供应天数", "服务对象满意度").doesNotContain("草原生态补奖面积");
		JsonNode quantity = this.api.read(this.api.get("edu", "/api/indicators?categoryCode=QUANTITY&q=受益"));
		assertThat(quantity.findValuesAsText("name")).containsExactly("受益人数");
	}

	@Test
	void shouldLetFinanceAddAndRetireButADepartmentOnlyPropose() throws Exception {
		String added = this.api.read(this.api.post("perf", "/api/indicators", form("农牧民培训合格率"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))).get("id").asText();

		String proposed = this.api.read(this.api.post("edu", "/api/indicators", form("课后服务覆盖率"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))).get("id").asText();

		assertThat(names("health")).contains("农牧民培训合格率").doesNotContain("课后服务覆盖率");
		assertThat(names("edu")).contains("课后服务覆盖率");
		this.api.post("edu", "/api/indicators/" + proposed + "/approve", Map.of()).andExpect(status().isForbidden());
		this.api.put("edu", "/api/indicators/" + added, form("改名")).andExpect(status().isForbidden());

		this.api.put("perf", "/api/indicators/" + added, form("农牧民培训考核合格率"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("农牧民培训考核合格率"))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.api.post("perf", "/api/indicators/" + proposed + "/approve", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.api.post("perf", "/api/indicators/" + added + "/retire", Map.of()).andExpect(status().isOk());
		assertThat(names("health")).contains("课后服务覆盖率").doesNotContain("农牧民培训考核合格率");
	}

	@Test
	void shouldNameTheFieldsOfAnInvalidIndicator() throws Exception {
		Map<String, Object> invalid = new HashMap<>(form("无单位的定量指标"));
		invalid.put("categoryCode", "OUTPUT");
		invalid.put("unit", null);
		invalid.put("industryCode", "MINING");

		this.api.post("perf", "/api/indicators", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'categoryCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'unit')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'industryCode')]").exists());
	}

	@Test
	void shouldNotLetAuditOrThirdPartiesChangeTheLibrary() throws Exception {
		this.api.post("audit", "/api/indicators", form("x")).andExpect(status().isForbidden());
		this.api.post("thirdparty", "/api/indicators", form("x")).andExpect(status().isForbidden());
	}

	private java.util.List<String> names(String user) throws Exception {
		return this.api.read(this.api.get(user, "/api/indicators")).findValuesAsText("name");
	}

	private static Map<String, Object> form(String name) {
		return Map.of("categoryCode", "QUALITY", "name", name, "comparator", "GE", "unit", "%", "description", "测试");
	}

}
