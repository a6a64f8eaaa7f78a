package cn.gov.finance.perf.inbox;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An item's story on its page: one timeline of every task of every process (transfer, return,
 * comment, attachment and urge included, recorded through the inbox actions API), the open task with
 * its holder by name, and each process with its passed and waiting steps and its BPMN model, visible
 * to whoever may see the item. Items of fiscal year {@value #YEAR} belong to this class.
 */
@IntegrationTest
class ItemTimelineApiTest {

	static final int YEAR = 2055;

	static final String FILL = "Task_FillAssessment";

	static final String REVIEW = "Task_ReviewAssessment";

	@Autowired
	private SliceApi api;

	@Autowired
	private MockMvc mvc;

	private String propose() throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		return this.api.propose("edu", body);
	}

	private JsonNode timeline(String user, String code) throws Exception {
		return this.api.read(this.api.get(user, "/api/items/" + code + "/timeline").andExpect(status().isOk())).get("tasks");
	}

	@Test
	void theTimelineTellsEveryStepWithWhoDidItOnWhoseBehalfAndWhatHappenedOnIt() throws Exception {
		String code = propose();
		String fill = this.api.taskWithKey("edu", code, FILL);
		this.api.upload("edu", "/api/tasks/" + fill + "/attachments", "测算依据.pdf",
				"%PDF-1.4 测算依据".getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		String review = this.api.taskWithKey("perf", code, REVIEW);
		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "perf2", "opinion", "请马绩效审核"))
			.andExpect(status().isOk());
		this.api.post("perf2", "/api/tasks/" + review + "/comments", Map.of("body", "测算依据不足。"))
			.andExpect(status().isCreated());
		this.api.post("perf2", "/api/tasks/" + review + "/return", Map.of("target", FILL, "opinion", "请补充资金测算依据。"))
			.andExpect(status().isOk());
		String again = this.api.taskWithKey("edu", code, FILL);
		this.api.post("perf", "/api/tasks/urges", Map.of("taskIds", List.of(again), "note", "请尽快补充"))
			.andExpect(status().isOk());

		JsonNode tasks = timeline("edu", code);
		assertThat(tasks.findValuesAsText("taskKey")).containsExactly(FILL, REVIEW, FILL);
		assertThat(tasks.findValuesAsText("state")).containsExactly("COMPLETED", "CANCELLED", "OPEN");
		assertThat(tasks.findValuesAsText("stage")).containsOnly("ASSESSMENT");

		JsonNode first = tasks.get(0);
		assertThat(first.get("actor").asText()).isEqualTo("edu");
		assertThat(first.get("actorName").asText()).isEqualTo("张教育");
		assertThat(first.get("endedAt").isNull()).isFalse();
		assertThat(first.get("attachments").findValuesAsText("fileName")).containsExactly("测算依据.pdf");
		assertThat(first.get("attachments").get(0).get("uploadedByName").asText()).isEqualTo("张教育");

		JsonNode returned = tasks.get(1);
		assertThat(returned.get("actions").findValuesAsText("action")).containsExactly("TRANSFER", "RETURN");
		assertThat(returned.get("actions").get(0).get("targetUserName").asText()).isEqualTo("马绩效");
		assertThat(returned.get("actions").get(1).get("actorName").asText()).isEqualTo("马绩效");
		assertThat(returned.get("actions").get(1).get("opinion").asText()).isEqualTo("请补充资金测算依据。");
		assertThat(returned.get("comments").findValuesAsText("body")).containsExactly("测算依据不足。");

		JsonNode open = tasks.get(2);
		assertThat(open.get("holder").asText()).isEqualTo("张教育");
		assertThat(open.get("actions").findValuesAsText("action")).containsExactly("RETURN", "URGE");
		assertThat(open.get("urges").findValuesAsText("urgedByName")).containsExactly("王绩效");
		assertThat(open.get("urges").get(0).get("note").asText()).isEqualTo("请尽快补充");

		// Resubmitted: the review is offered to the performance office, named as such, never by its group id.
		this.api.post("edu", "/api/tasks/" + again + "/assessment", assessment(19, 18, 17, 18, 19))
			.andExpect(status().isCreated());
		JsonNode now = timeline("perf", code);
		JsonNode waiting = now.get(now.size() - 1);
		assertThat(waiting.get("state").asText()).isEqualTo("OPEN");
		assertThat(waiting.get("holder").asText()).isNotBlank().doesNotContain("finance-").doesNotContain("org-");
		assertThat(now.get(2).get("state").asText()).isEqualTo("COMPLETED");

		// Another department sees none of it; without a login nobody does.
		this.api.get("health", "/api/items/" + code + "/timeline").andExpect(status().isForbidden());
		this.mvc.perform(get("/api/items/" + code + "/timeline")).andExpect(status().isUnauthorized());
	}

	@Test
	void eachProcessOfTheItemComesWithItsModelAndTheStepsItPassedAndWaitsAt() throws Exception {
		String code = propose();
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, FILL) + "/assessment",
				assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());

		JsonNode processes = this.api.read(this.api.get("edu", "/api/items/" + code + "/processes").andExpect(status().isOk()));
		List<String> keys = processes.findValuesAsText("processKey");
		assertThat(keys).containsExactly("BudgetItemLifecycleProcess", "ExAnteAssessmentProcess");
		JsonNode assessmentProcess = processes.get(1);
		assertThat(assessmentProcess.get("stage").asText()).isEqualTo("ASSESSMENT");
		assertThat(assessmentProcess.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(assessmentProcess.get("superProcessInstanceId").asText()).isEqualTo(processes.get(0).get("processInstanceId").asText());
		assertThat(texts(assessmentProcess.get("activeActivityIds"))).containsExactly(REVIEW);
		assertThat(texts(assessmentProcess.get("doneActivityIds"))).contains(FILL);
		assertThat(texts(processes.get(0).get("activeActivityIds"))).containsExactly("CallActivity_ExAnteAssessment");

		String instance = assessmentProcess.get("processInstanceId").asText();
		JsonNode model = this.api.read(this.api.get("edu", "/api/items/" + code + "/processes/" + instance + "/model")
			.andExpect(status().isOk()));
		assertThat(model.get("xml").asText()).contains("id=\"ExAnteAssessmentProcess\"").contains("bpmndi:BPMNDiagram");

		// Only the item's own instances, and only for those who may see the item.
		String other = propose();
		this.api.get("edu", "/api/items/" + other + "/processes/" + instance + "/model").andExpect(status().isNotFound());
		this.api.get("health", "/api/items/" + code + "/processes").andExpect(status().isForbidden());
		this.api.get("health", "/api/items/" + code + "/processes/" + instance + "/model").andExpect(status().isForbidden());
		this.mvc.perform(get("/api/items/" + code + "/processes")).andExpect(status().isUnauthorized());
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asText()));
		return values;
	}

}
