package cn.gov.finance.perf.assessment;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The foundation slice through the API: propose → assess → review, with its gates and permissions. */
@IntegrationTest
class AssessmentSliceApiTest {

	@Autowired
	private SliceApi api;

	@Test
	void shouldMoveItemToTargetCompilationWhenAssessmentIsSupportedAfterAdjustment() throws Exception {
		String code = this.api.propose("edu", proposal("edu", "edu-school1", false));
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("ASSESSMENT");

		String fill = this.api.taskOf("edu", code);
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.round").value(1))
			.andExpect(jsonPath("$.totalScore").value(88));

		String review = this.api.taskOf("perf", code);
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", review("ADJUST"))
			.andExpect(status().isCreated());
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("ASSESSMENT");

		String refill = this.api.taskOf("edu", code);
		assertThat(refill).isNotEqualTo(fill);
		this.api.post("edu", "/api/tasks/" + refill + "/assessment", assessment(19, 18, 18, 18, 19))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.round").value(2));
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());

		JsonNode item = this.api.item("edu", code);
		assertThat(item.get("stage").asText()).isEqualTo("TARGET_COMPILATION");
		assertThat(item.get("assessmentOutcome").asText()).isEqualTo("SUPPORTED");
		assertThat(item.get("status").asText()).isEqualTo("ACTIVE");

		JsonNode rounds = this.api.read(this.api.get("edu", "/api/items/" + code + "/assessments"));
		assertThat(rounds).hasSize(2);
		assertThat(rounds.get(0).get("review").get("decision").asText()).isEqualTo("ADJUST");
		assertThat(rounds.get(1).get("review").get("decision").asText()).isEqualTo("SUPPORTED");
		assertThat(rounds.get(1).get("scores")).hasSize(5);
		assertThat(rounds.get(1).get("scores").get(0).get("dimension").asText()).isEqualTo("NECESSITY");
	}

	@Test
	void shouldMarkItemNotEligibleForBudgetWhenAssessmentIsNotSupported() throws Exception {
		String code = this.api.propose("health", proposal("health", null, false));
		this.api.post("health", "/api/tasks/" + this.api.taskOf("health", code) + "/assessment", assessment(8, 9, 10, 7, 9))
			.andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review",
				review("NOT_SUPPORTED"))
			.andExpect(status().isCreated());

		JsonNode item = this.api.item("health", code);
		assertThat(item.get("status").asText()).isEqualTo("NOT_ELIGIBLE");
		assertThat(item.get("stage").asText()).isEqualTo("CLOSED");
		assertThat(item.get("statusReason").asText()).contains("不得安排预算");
		assertThat(this.api.read(this.api.get("health", "/api/items/" + code + "/tasks"))).isEmpty();
	}

	@Test
	void shouldOfferCapitalConstructionAssessmentToTheInvestmentAuthority() throws Exception {
		String code = this.api.propose("edu", proposal("edu", "edu-school1", true));

		assertThat(inbox("ndrc")).contains(code);
		assertThat(inbox("edu")).doesNotContain(code);
		String task = this.api.taskOf("ndrc", code);
		this.api.post("edu", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isForbidden());
		this.api.post("ndrc", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
	}

	@Test
	void shouldForbidAnotherDepartmentToSeeOrCompleteTheAssessment() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		String task = this.api.taskOf("edu", code);

		this.api.get("health", "/api/items/" + code)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		this.api.get("health", "/api/tasks/" + task).andExpect(status().isForbidden());
		this.api.post("health", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isForbidden());
		assertThat(inbox("health")).doesNotContain(code);
		assertThat(this.api.read(this.api.get("health", "/api/items?size=200")).get("content").findValuesAsText("code"))
			.doesNotContain(code);
	}

	@Test
	void shouldNotLetTheDepartmentReviewItsOwnAssessment() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		String review = this.api.taskOf("perf", code);

		this.api.post("edu", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isForbidden());
		assertThat(this.api.item("edu", code).get("stage").asText()).isEqualTo("ASSESSMENT");
	}

	@Test
	void shouldNameEachInvalidScoreAndStoreNothing() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		String task = this.api.taskOf("edu", code);
		Map<String, Object> invalid = Map.of("scores",
				List.of(Map.of("dimension", "NECESSITY", "score", 25), Map.of("dimension", "ECONOMY", "score", -1),
						Map.of("dimension", "BEAUTY", "score", 5)),
				"conclusion", "SUPPORTED", "summary", "x");

		this.api.post("edu", "/api/tasks/" + task + "/assessment", invalid)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors[?(@.field == 'scores[0].score')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores[1].score')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores[2].dimension')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores' && @.message =~ /.*TARGETS.*/)]").exists());

		this.api.post("edu", "/api/tasks/" + task + "/assessment", Map.of("scores", List.of(), "summary", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'conclusion')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'summary')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores')]").exists());

		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/assessments"))).isEmpty();
		assertThat(this.api.taskOf("edu", code)).isEqualTo(task);
	}

	@Test
	void shouldRefuseToCompleteTheSameTaskTwice() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		String task = this.api.taskOf("edu", code);
		this.api.post("edu", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());

		this.api.post("edu", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/conflict"))
			.andExpect(jsonPath("$.taskState").value("COMPLETED"))
			.andExpect(jsonPath("$.by").value("edu"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("张教育")));
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/assessments"))).hasSize(1);
	}

	@Test
	void shouldRejectAReviewSubmittedToTheFillTask() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		String fill = this.api.taskOf("edu", code);

		this.api.post("edu", "/api/tasks/" + fill + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict());
	}

	@Test
	void shouldLetAClaimedTaskBeCompletedOnlyByItsAssignee() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		String review = this.api.taskOf("perf", code);

		this.api.post("perf", "/api/tasks/" + review + "/claim", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("perf"));
		this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.taskState").value("CLAIMED"))
			.andExpect(jsonPath("$.by").value("perf"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("王绩效")));
		this.api.post("admin", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isForbidden());
		this.api.post("perf", "/api/tasks/" + review + "/release", Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").doesNotExist());
	}

	private List<String> inbox(String user) throws Exception {
		return this.api.read(this.api.get(user, "/api/tasks?size=100&sort=CREATED&direction=DESC")).get("content").findValuesAsText("itemCode");
	}

}
