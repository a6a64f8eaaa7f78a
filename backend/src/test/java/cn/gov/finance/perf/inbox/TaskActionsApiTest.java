package cn.gov.finance.perf.inbox;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.notification.DailyDigest;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Approver inbox II over HTTP, on the ex-ante assessment: the department fills it (edu), a finance
 * officer reviews it (perf, perf2). Every action is tried by someone who may and by someone who may
 * not; items of fiscal year {@value #YEAR} belong to this class.
 */
@IntegrationTest
class TaskActionsApiTest {

	static final int YEAR = 2043;

	static final String FILL = "Task_FillAssessment";

	static final String REVIEW = "Task_ReviewAssessment";

	@Autowired
	private SliceApi api;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private TaskService taskService;

	@Autowired
	private AppClock clock;

	@Autowired
	private DailyDigest digest;

	private String propose() throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		return this.api.propose("edu", body);
	}

	/** An item whose assessment edu has submitted: its review waits for finance. */
	private String atReview() throws Exception {
		String code = propose();
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, FILL) + "/assessment",
				assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		return code;
	}

	private JsonNode task(String user, String taskId) throws Exception {
		return this.api.read(this.api.get(user, "/api/tasks/" + taskId).andExpect(status().isOk()));
	}

	private JsonNode activity(String user, String taskId) throws Exception {
		return this.api.read(this.api.get(user, "/api/tasks/" + taskId + "/activity").andExpect(status().isOk()));
	}

	private List<String> notificationKinds(String user, String code) throws Exception {
		List<String> kinds = new ArrayList<>();
		for (JsonNode n : this.api.read(this.api.get(user, "/api/notifications?size=100").andExpect(status().isOk()))) {
			if (code.equals(n.path("itemCode").asText())) {
				kinds.add(n.get("kind").asText());
			}
		}
		return kinds;
	}

	@Test
	void transferHandsTheTaskToAColleagueWhoMayDoIt() throws Exception {
		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);

		// Only to someone who exists, is not oneself and may do the task; nothing changes otherwise.
		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "nobody", "opinion", "请办理"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("userId"));
		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "edu", "opinion", "请办理"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("userId"));
		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "perf2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		// Someone who may not act on the task may not transfer it either.
		this.api.post("health", "/api/tasks/" + review + "/transfer", Map.of("userId", "perf2", "opinion", "请办理"))
			.andExpect(status().is4xxClientError());
		assertThat(task("perf", review).hasNonNull("assignee")).isFalse();

		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "perf2", "opinion", "我出差，请马绩效审核"))
			.andExpect(status().isOk());
		assertThat(task("perf2", review).get("assignee").asText()).isEqualTo("perf2");
		assertThat(task("perf2", review).get("readOnly").asBoolean()).isFalse();
		assertThat(task("perf", review).get("readOnly").asBoolean()).isTrue();
		assertThat(this.api.read(this.api.get("perf2", "/api/tasks?tab=CLAIMED&q=" + code)).get("content")
			.findValuesAsText("id")).containsExactly(review);
		// The one who handed it on can no longer act on it.
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict());
		JsonNode actions = activity("perf2", review).get("actions");
		assertThat(actions.findValuesAsText("action")).containsExactly("TRANSFER");
		assertThat(actions.get(0).get("actor").asText()).isEqualTo("perf");
		assertThat(actions.get(0).get("targetUser").asText()).isEqualTo("perf2");
		assertThat(actions.get(0).get("opinion").asText()).isEqualTo("我出差，请马绩效审核");
		assertThat(notificationKinds("perf2", code)).contains("TRANSFER");

		this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());
	}

	@Test
	void thePickersOfferOnlyPeopleWhoMayTakeTheWork() throws Exception {
		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);
		// Transfer: members of the task's groups, never oneself.
		List<String> transferTo = this.api.read(this.api.get("perf", "/api/tasks/" + review + "/colleagues")
			.andExpect(status().isOk())).findValuesAsText("id");
		assertThat(transferTo).contains("perf2").doesNotContain("perf", "edu");
		// Someone who cannot see the task gets no list of whom it could go to.
		this.api.get("health", "/api/tasks/" + review + "/colleagues").andExpect(status().is4xxClientError());
		// Substitutes: colleagues of the same organisation with a role in common.
		List<String> substitutes = this.api.read(this.api.get("perf", "/api/me/substitute-candidates")
			.andExpect(status().isOk())).findValuesAsText("id");
		assertThat(substitutes).contains("perf2").doesNotContain("perf", "budget", "edu");
		// The address book finds people by name or id and groups by name.
		JsonNode found = this.api.read(this.api.get("edu", "/api/directory?q=绩效").andExpect(status().isOk()));
		assertThat(found.get("users").findValuesAsText("id")).contains("perf", "perf2").doesNotContain("edu");
		assertThat(this.api.read(this.api.get("edu", "/api/directory?q=audit")).get("users").findValuesAsText("id"))
			.containsExactly("audit");
		this.mvc.perform(get("/api/directory?q=perf")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDelegatedTaskComesBackToItsOwnerBeforeItCanBeCompleted() throws Exception {
		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);
		this.api.post("perf", "/api/tasks/" + review + "/delegate", Map.of("userId", "perf2", "opinion", "请帮忙核一下分数"))
			.andExpect(status().isOk());
		JsonNode delegated = task("perf", review);
		assertThat(delegated.get("delegated").asBoolean()).isTrue();
		assertThat(delegated.get("owner").asText()).isEqualTo("perf");
		assertThat(delegated.get("assignee").asText()).isEqualTo("perf2");
		// While the helper has it, nobody completes it: the owner waits, the helper hands it back.
		this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict());
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isConflict());
		this.api.post("perf", "/api/tasks/" + review + "/transfer", Map.of("userId", "perf2", "opinion", "x"))
			.andExpect(status().isConflict());
		this.api.post("perf", "/api/tasks/" + review + "/resolve", Map.of("opinion", "x"))
			.andExpect(status().isConflict());
		this.api.post("perf2", "/api/tasks/" + review + "/comments", Map.of("body", "分数核对无误。"))
			.andExpect(status().isCreated());
		this.api.post("perf2", "/api/tasks/" + review + "/resolve", Map.of("opinion", "已核对"))
			.andExpect(status().isOk());

		JsonNode back = task("perf", review);
		assertThat(back.get("delegated").asBoolean()).isFalse();
		assertThat(back.get("assignee").asText()).isEqualTo("perf");
		assertThat(activity("perf", review).get("actions").findValuesAsText("action")).containsExactly("DELEGATE", "RESOLVE");
		assertThat(activity("perf", review).get("comments").findValuesAsText("body")).containsExactly("分数核对无误。");
		assertThat(notificationKinds("perf", code)).contains("RESOLVE");
		this.api.post("perf", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());
	}

	@Test
	void aReturnReopensAStepTheItemPassedForWhoeverDidItWithTheReason() throws Exception {
		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);
		JsonNode targets = this.api.read(this.api.get("perf", "/api/tasks/" + review + "/return-targets")
			.andExpect(status().isOk()));
		assertThat(targets.findValuesAsText("taskKey")).containsExactly(FILL);
		assertThat(targets.get(0).get("lastActor").asText()).isEqualTo("edu");

		// Only to a step the item passed; and only by whoever may act on the task.
		this.api.post("perf", "/api/tasks/" + review + "/return",
				Map.of("target", "Task_ThirdPartyAssessment", "opinion", "请第三方重新评估"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		this.api.post("perf", "/api/tasks/" + review + "/return", Map.of("target", FILL))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		this.api.post("edu", "/api/tasks/" + review + "/return", Map.of("target", FILL, "opinion", "自己退回"))
			.andExpect(status().is4xxClientError());

		JsonNode preview = this.api.read(this.api.post("perf", "/api/tasks/" + review + "/return-preview",
				Map.of("target", FILL)).andExpect(status().isOk()));
		assertThat(preview.get("ending").get(0).asText()).startsWith("审核事前绩效评估");
		assertThat(preview.get("reopensFor").asText()).isEqualTo("张教育");
		// The preview changed nothing.
		assertThat(task("perf", review).get("taskKey").asText()).isEqualTo(REVIEW);

		this.api.post("perf", "/api/tasks/" + review + "/return", Map.of("target", FILL, "opinion", "资金测算依据不足，请补充。"))
			.andExpect(status().isOk());
		this.api.get("perf", "/api/tasks/" + review).andExpect(status().isConflict());
		String fill = this.api.taskWithKey("edu", code, FILL);
		JsonNode reopened = task("edu", fill);
		assertThat(reopened.get("assignee").asText()).isEqualTo("edu");
		JsonNode actions = activity("edu", fill).get("actions");
		assertThat(actions.findValuesAsText("action")).containsExactly("RETURN");
		assertThat(actions.get(0).get("opinion").asText()).isEqualTo("资金测算依据不足，请补充。");
		assertThat(actions.get(0).get("actorName").asText()).isEqualTo("王绩效");
		assertThat(notificationKinds("edu", code)).contains("RETURN");
		JsonNode timeline = this.api.read(this.api.get("edu", "/api/items/" + code + "/timeline")
			.andExpect(status().isOk()));
		assertThat(timeline.get("tasks").findValuesAsText("action")).containsExactly("RETURN", "RETURN");

		// The department submits a second round; finance reviews it.
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(19, 18, 17, 18, 19))
			.andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, REVIEW) + "/assessment-review",
				review("SUPPORTED"))
			.andExpect(status().isCreated());
		assertThat(assessments("edu", code)).hasSize(2);
	}

	@Test
	void theSubmitterWithdrawsAStepWhileItsNextStepIsUntouched() throws Exception {
		String code = propose();
		String fill = this.api.taskWithKey("edu", code, FILL);
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		// Only the one who did it.
		this.api.post("health", "/api/tasks/" + fill + "/withdraw", Map.of("opinion", "撤回"))
			.andExpect(status().isForbidden());
		this.api.post("edu", "/api/tasks/" + fill + "/withdraw", Map.of("opinion", "附件传错了"))
			.andExpect(status().isOk());
		String again = this.api.taskWithKey("edu", code, FILL);
		assertThat(task("edu", again).get("assignee").asText()).isEqualTo("edu");
		assertThat(activity("edu", again).get("actions").findValuesAsText("action")).containsExactly("WITHDRAW");

		// Once finance has claimed the next step, it is too late.
		this.api.post("edu", "/api/tasks/" + again + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		String review = this.api.taskWithKey("perf", code, REVIEW);
		this.api.post("perf", "/api/tasks/" + review + "/claim", Map.of()).andExpect(status().isOk());
		this.api.post("edu", "/api/tasks/" + again + "/withdraw", Map.of("opinion", "再撤回"))
			.andExpect(status().isConflict());
		assertThat(task("perf", review).get("assignee").asText()).isEqualTo("perf");
	}

	@Test
	void aSubstituteActsForTheirPrincipalOnlyWithinTheLeaveAndIsRecordedAsSuch() throws Exception {
		LocalDate today = this.clock.today();
		// A substitute is a colleague of the same office, for a sane range.
		this.api.post("perf", "/api/me/substitutions", Map.of("substitute", "edu", "startsOn", today, "endsOn", today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("substitute"));
		this.api.post("perf", "/api/me/substitutions",
				Map.of("substitute", "perf2", "startsOn", today.minusDays(1), "endsOn", today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"));
		this.api.post("perf", "/api/me/substitutions",
				Map.of("substitute", "perf2", "startsOn", today.plusDays(2), "endsOn", today.plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));

		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);
		this.api.post("perf", "/api/tasks/" + review + "/claim", Map.of()).andExpect(status().isOk());
		long later = this.api.read(this.api.post("perf", "/api/me/substitutions",
				Map.of("substitute", "perf2", "startsOn", today.plusDays(3), "endsOn", today.plusDays(5), "note", "年休假"))
			.andExpect(status().isCreated())).get("id").asLong();
		try {
			// A leave that has not begun gives perf2 nothing.
			assertThat(task("perf2", review).get("readOnly").asBoolean()).isTrue();
			assertThat(this.api.read(this.api.get("perf2", "/api/tasks?size=100&q=" + code)).get("content")
				.findValuesAsText("id")).doesNotContain(review);
			this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
				.andExpect(status().isConflict());
			// Overlapping leaves are refused.
			this.api.post("perf", "/api/me/substitutions",
					Map.of("substitute", "perf2", "startsOn", today.plusDays(4), "endsOn", today.plusDays(8)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("startsOn"));

			long now = this.api.read(this.api.post("perf", "/api/me/substitutions",
					Map.of("substitute", "perf2", "startsOn", today, "endsOn", today.plusDays(1), "note", "出差"))
				.andExpect(status().isCreated())).get("id").asLong();
			try {
				JsonNode mine = this.api.read(this.api.get("perf2", "/api/me/substitutions").andExpect(status().isOk()));
				assertThat(mine.get("forOthers").findValuesAsText("principal")).contains("perf");
				JsonNode asSubstitute = task("perf2", review);
				assertThat(asSubstitute.get("readOnly").asBoolean()).isFalse();
				assertThat(asSubstitute.get("onBehalfOf").asText()).isEqualTo("perf");
				assertThat(this.api.read(this.api.get("perf2", "/api/tasks?size=100&q=" + code)).get("content")
					.findValuesAsText("id")).contains(review);
				this.api.post("perf2", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
					.andExpect(status().isCreated());
				JsonNode done = this.api.read(this.api.get("perf2", "/api/tasks/done?size=100&q=" + code));
				assertThat(done.get("content").get(0).get("onBehalfOf").asText()).isEqualTo("perf");
			}
			finally {
				this.api.delete("perf", "/api/me/substitutions/" + now).andExpect(status().isNoContent());
			}
		}
		finally {
			this.api.delete("perf", "/api/me/substitutions/" + later).andExpect(status().isNoContent());
		}
		// Cancelled: gone from both lists; and nobody else can cancel someone's leave.
		JsonNode after = this.api.read(this.api.get("perf2", "/api/me/substitutions"));
		assertThat(after.get("forOthers").findValuesAsText("principal")).doesNotContain("perf");
		this.api.delete("perf2", "/api/me/substitutions/" + later).andExpect(status().isNotFound());
	}

	@Test
	void aCopyLetsSomeoneReadTheTaskAndItsItemButNotActOnIt() throws Exception {
		String code = atReview();
		String review = this.api.taskWithKey("perf", code, REVIEW);
		this.api.get("health", "/api/tasks/" + review).andExpect(status().is4xxClientError());
		this.api.get("health", "/api/items/" + code).andExpect(status().is4xxClientError());

		this.api.post("perf", "/api/tasks/" + review + "/copies",
				Map.of("users", List.of("health", "ghost"), "groups", List.of(), "note", "供参考"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("users[1]"));
		this.api.post("perf", "/api/tasks/" + review + "/copies", Map.of("users", List.of(), "groups", List.of()))
			.andExpect(status().isBadRequest());
		this.api.post("perf", "/api/tasks/" + review + "/copies",
				Map.of("users", List.of("health"), "groups", List.of(), "note", "卫健委同类项目供参考"))
			.andExpect(status().isOk());

		assertThat(task("health", review).get("readOnly").asBoolean()).isTrue();
		this.api.get("health", "/api/items/" + code).andExpect(status().isOk());
		this.api.post("health", "/api/tasks/" + review + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().is4xxClientError());
		JsonNode copies = this.api.read(this.api.get("health", "/api/tasks/copies?size=100").andExpect(status().isOk()));
		JsonNode copy = null;
		for (JsonNode c : copies.get("content")) {
			if (review.equals(c.get("taskId").asText())) {
				copy = c;
			}
		}
		assertThat(copy).isNotNull();
		assertThat(copy.get("note").asText()).isEqualTo("卫健委同类项目供参考");
		assertThat(copy.hasNonNull("readAt")).isFalse();
		this.api.post("health", "/api/tasks/" + review + "/copy-read", Map.of()).andExpect(status().isOk());
		for (JsonNode c : this.api.read(this.api.get("health", "/api/tasks/copies?size=100")).get("content")) {
			if (review.equals(c.get("taskId").asText())) {
				assertThat(c.hasNonNull("readAt")).isTrue();
			}
		}
		assertThat(notificationKinds("health", code)).contains("COPY");
	}

	@Test
	void financeUrgesAHolderAtMostOncePerTaskPerDay() throws Exception {
		String code = propose();
		String fill = this.api.taskWithKey("edu", code, FILL);
		this.api.post("edu", "/api/tasks/urges", Map.of("taskIds", List.of(fill))).andExpect(status().isForbidden());
		this.api.post("perf", "/api/tasks/urges", Map.of("taskIds", List.of())).andExpect(status().isBadRequest());

		JsonNode first = this.api.read(this.api.post("perf", "/api/tasks/urges",
				Map.of("taskIds", List.of(fill, "no-such-task"), "note", "请于本周内完成事前评估"))
			.andExpect(status().isOk()));
		assertThat(first.findValuesAsText("outcome")).containsExactly("URGED", "GONE");
		JsonNode second = this.api.read(this.api.post("budget", "/api/tasks/urges", Map.of("taskIds", List.of(fill)))
			.andExpect(status().isOk()));
		assertThat(second.findValuesAsText("outcome")).containsExactly("ALREADY_URGED");

		JsonNode urged = task("edu", fill);
		assertThat(urged.get("urgeCount").asInt()).isEqualTo(1);
		assertThat(urged.hasNonNull("lastUrgedAt")).isTrue();
		assertThat(activity("edu", fill).get("urges").findValuesAsText("urgedBy")).containsExactly("perf");
		assertThat(notificationKinds("edu", code)).containsOnlyOnce("URGE");
		long unread = this.api.read(this.api.get("edu", "/api/notifications/unread-count")).get("unread").asLong();
		assertThat(unread).isPositive();
		this.api.post("edu", "/api/notifications/read-all", Map.of()).andExpect(status().isOk());
		assertThat(this.api.read(this.api.get("edu", "/api/notifications/unread-count")).get("unread").asLong()).isZero();
	}

	@Test
	void bulkApprovalDoesEachTaskAloneAndReportsTheOneSomeoneElseDid() throws Exception {
		List<String> reviews = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String code = atReview();
			codes.add(code);
			reviews.add(this.api.taskWithKey("perf", code, REVIEW));
		}
		String fill = this.api.taskWithKey("edu", propose(), FILL);
		assertThat(this.api.read(this.api.get("perf", "/api/tasks/bulk-kinds")).toString()).contains(REVIEW);

		JsonNode preview = this.api.read(this.api.post("perf", "/api/tasks/bulk-preview", Map.of("taskIds", reviews))
			.andExpect(status().isOk()));
		assertThat(preview.findValuesAsText("ok")).containsOnly("true");
		assertThat(preview.get(0).get("outcome").asText()).isEqualTo("予以支持");
		// A task of another kind (and one perf cannot see) is refused in the preview with its reason.
		JsonNode mixed = this.api.read(this.api.post("edu", "/api/tasks/bulk-preview",
				Map.of("taskIds", List.of(fill, reviews.get(0)))).andExpect(status().isOk()));
		assertThat(mixed.get(0).get("ok").asBoolean()).isFalse();
		assertThat(mixed.get(1).get("ok").asBoolean()).isFalse();
		this.api.post("perf", "/api/tasks/bulk-approve", Map.of("taskIds", reviews))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));

		// Meanwhile perf2 reviews the second one by hand.
		this.api.post("perf2", "/api/tasks/" + reviews.get(1) + "/assessment-review", review("NOT_SUPPORTED"))
			.andExpect(status().isCreated());
		JsonNode done = this.api.read(this.api.post("perf", "/api/tasks/bulk-approve",
				Map.of("taskIds", reviews, "opinion", "经审核，予以支持。")).andExpect(status().isOk()));
		assertThat(done.findValuesAsText("ok")).containsExactly("true", "false", "true");
		assertThat(done.get(1).get("reason").asText()).isNotBlank();
		// The two are reviewed as supported with the one opinion; the third kept perf2's decision.
		assertThat(this.api.taskKeyOf("edu", codes.get(0))).isNotEqualTo(REVIEW);
		JsonNode first = assessments("perf", codes.get(0)).get(0).get("review");
		assertThat(first.get("decision").asText()).isEqualTo("SUPPORTED");
		assertThat(first.get("opinion").asText()).isEqualTo("经审核，予以支持。");
		assertThat(assessments("perf", codes.get(1)).get(0).get("review").get("decision").asText())
			.isEqualTo("NOT_SUPPORTED");
	}

	@Test
	void attachmentsAreCheckedStoredWithTheirHashAndDownloadedOnlyByThoseWhoSeeTheItem() throws Exception {
		String code = propose();
		String fill = this.api.taskWithKey("edu", code, FILL);
		byte[] pdf = "%PDF-1.4 测算依据".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode stored = this.api.read(this.api.upload("edu", "/api/tasks/" + fill + "/attachments", "资金测算表.pdf", pdf)
			.andExpect(status().isCreated()));
		assertThat(stored.get("size").asInt()).isEqualTo(pdf.length);
		assertThat(stored.get("sha256").asText()).hasSize(64);
		long id = stored.get("id").asLong();

		byte[] back = this.mvc.perform(get("/api/task-attachments/" + id).with(this.logins.as("perf")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		this.mvc.perform(get("/api/task-attachments/" + id).with(this.logins.as("health")))
			.andExpect(status().is4xxClientError());
		assertThat(activity("edu", fill).get("attachments").findValuesAsText("fileName")).containsExactly("资金测算表.pdf");

		this.mvc.perform(multipart("/api/tasks/" + fill + "/attachments")
			.file(new MockMultipartFile("file", "page.html", "text/html", "<script>".getBytes()))
			.with(this.logins.as("edu"))
			.with(csrfToken())).andExpect(status().isUnsupportedMediaType());
		this.mvc.perform(multipart("/api/tasks/" + fill + "/attachments")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))
			.with(this.logins.as("edu"))
			.with(csrfToken())).andExpect(status().isPayloadTooLarge());
		this.mvc.perform(multipart("/api/tasks/" + fill + "/attachments")
			.file(new MockMultipartFile("file", "a/../b.pdf", "application/pdf", pdf))
			.with(this.logins.as("edu"))
			.with(csrfToken())).andExpect(status().isBadRequest());
		this.mvc.perform(multipart("/api/tasks/" + fill + "/attachments")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.with(this.logins.as("health"))
			.with(csrfToken())).andExpect(status().is4xxClientError());
		assertThat(activity("edu", fill).get("attachments")).hasSize(1);
	}

	@Test
	void theDailyDigestTellsHoldersOfOverdueAndSoonDueTasksOncePerDay() throws Exception {
		String code = propose();
		String fill = this.api.taskWithKey("edu", code, FILL);
		this.taskService.setDueDate(fill, java.util.Date.from(this.clock.now().minusSeconds(3600)));
		assertThat(task("edu", fill).get("overdue").asBoolean()).isTrue();

		// A day of its own: the scheduled run (08:30) may have claimed today in this database.
		LocalDate day = this.clock.today().plusYears(100).plusDays(ThreadLocalRandom.current().nextInt(3650));
		int before = digests("edu");
		assertThat(this.digest.run(day)).isPositive();
		assertThat(digests("edu")).isEqualTo(before + 1);
		assertThat(this.digest.run(day)).isZero();
		assertThat(digests("edu")).isEqualTo(before + 1);
	}

	private JsonNode assessments(String user, String code) throws Exception {
		return this.api.read(this.api.get(user, "/api/items/" + code + "/assessments").andExpect(status().isOk()));
	}

	private int digests(String user) throws Exception {
		int n = 0;
		for (JsonNode notice : this.api.read(this.api.get(user, "/api/notifications?size=100"))) {
			if ("DIGEST".equals(notice.get("kind").asText())) {
				n++;
				assertThat(notice.get("title").asText()).contains("逾期");
			}
		}
		return n;
	}

}
