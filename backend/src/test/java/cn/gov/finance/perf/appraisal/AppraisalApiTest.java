package cn.gov.finance.perf.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Jobs;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appraisal (考核) through the API (domain.md §3.5): finance scores every department and county
 * finance bureau, the grades follow the grade table, the circular makes the result known to all, 优
 * is commended and 差 is interviewed and rectifies by a deadline; who may see and do what.
 */
@IntegrationTest
class AppraisalApiTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2036;

	static final String ROUND = YEAR + " 年度预算绩效管理工作考核";

	@Autowired
	private SliceApi api;

	@Autowired
	private Jobs jobs;

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void shouldScoreCirculateAndHaveThePoorBodyInterviewedAndRectify() throws Exception {
		this.api.post("edu", "/api/appraisals", Map.of("fiscalYear", YEAR)).andExpect(status().isForbidden());
		this.api.post("perf", "/api/appraisals", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
		JsonNode started = this.api.read(this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", YEAR))
			.andExpect(status().isCreated()));
		this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", YEAR)).andExpect(status().isConflict());
		List<String> names = started.get("entries").findValuesAsText("subjectName");
		assertThat(names).contains("盟教育局", "盟卫生健康委员会", "锡林浩特市财政局")
			.doesNotContain("盟第一中学", "锡林浩特市教育局", "盟发展和改革委员会");

		// Before the circular only finance and audit see the round.
		this.api.get("edu", "/api/appraisals/" + YEAR).andExpect(status().isNotFound());
		this.api.get("audit", "/api/appraisals/" + YEAR).andExpect(status().isOk());

		String scoring = this.api.taskAbout("perf", ROUND, "Task_ScoreAppraisal");
		List<Map<String, Object>> scores = new ArrayList<>();
		for (JsonNode entry : started.get("entries")) {
			String score = switch (entry.get("subjectName").asText()) {
				case "盟教育局" -> "92";
				case "盟卫生健康委员会" -> "59.99";
				case "锡林浩特市财政局" -> "60";
				default -> "85";
			};
			scores.add(score(entry.get("id").asLong(), score));
		}
		this.api.post("perf", "/api/tasks/" + scoring + "/appraisal-scores", Map.of("entries", scores.subList(1, scores.size())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries"));
		List<Map<String, Object>> tooHigh = new ArrayList<>(scores);
		tooHigh.set(0, score(started.get("entries").get(0).get("id").asLong(), "100.5"));
		this.api.post("perf", "/api/tasks/" + scoring + "/appraisal-scores", Map.of("entries", tooHigh))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[0].score"));
		this.api.post("edu", "/api/tasks/" + scoring + "/appraisal-scores", Map.of("entries", scores))
			.andExpect(status().isForbidden());
		JsonNode scored = this.api.read(this.api.post("perf", "/api/tasks/" + scoring + "/appraisal-scores",
				Map.of("entries", scores)).andExpect(status().isOk()));
		assertThat(scored.get("status").asText()).isEqualTo("CIRCULATING");
		assertThat(entry(scored, "盟教育局").get("grade").asText()).isEqualTo("EXCELLENT");
		assertThat(entry(scored, "盟教育局").get("commended").asBoolean()).isTrue();
		assertThat(entry(scored, "盟卫生健康委员会").get("grade").asText()).isEqualTo("POOR");
		assertThat(entry(scored, "锡林浩特市财政局").get("grade").asText()).isEqualTo("FAIR");

		// The officer who scored cannot circulate the scores (separation of duties); another one sends them
		// back once, then circulates them.
		String circulation = this.api.taskAbout("perf", ROUND, "Task_Circulate");
		this.api.post("perf", "/api/tasks/" + circulation + "/appraisal-circulation",
				Map.of("decision", "CIRCULATE", "circular", "通报。"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value(org.hamcrest.Matchers.containsString("考核评分"))).andExpect(jsonPath("$.params[0].code").value("separation.appraisal.circulate"));
		this.api.post("perf2", "/api/tasks/" + circulation + "/appraisal-circulation",
				Map.of("decision", "REVISE", "circular", "请复核卫健委得分。")).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskAbout("perf", ROUND, "Task_ScoreAppraisal") + "/appraisal-scores",
				Map.of("entries", scores)).andExpect(status().isOk());
		this.api.post("perf2", "/api/tasks/" + this.api.taskAbout("perf2", ROUND, "Task_Circulate") + "/appraisal-circulation",
				Map.of("decision", "CIRCULATE", "circular", "现将考核结果通报如下：教育局优秀，予以表扬；卫健委较差，约谈整改。"))
			.andExpect(status().isOk());

		// Everyone sees the circular now; only the body itself, finance and audit see its interview.
		JsonNode seenByEdu = this.api.read(this.api.get("edu", "/api/appraisals/" + YEAR).andExpect(status().isOk()));
		assertThat(seenByEdu.get("status").asText()).isEqualTo("CIRCULATED");
		assertThat(seenByEdu.get("circular").asText()).contains("通报");
		assertThat(entry(seenByEdu, "盟卫生健康委员会").get("grade").asText()).isEqualTo("POOR");
		assertThat(entry(seenByEdu, "盟卫生健康委员会").get("status").asText()).isEqualTo("INTERVIEW");
		assertThat(seenByEdu.get("decisions")).isEmpty();
		assertThat(entry(seenByEdu, "盟教育局").has("reference")).as("the record behind the scores is finance's").isFalse();

		String label = "盟卫生健康委员会 · " + YEAR;
		String interview = this.api.taskAbout("perf", label, "Task_Interview");
		LocalDate today = this.clock.today();
		this.api.post("perf", "/api/tasks/" + interview + "/appraisal-interview",
				interview(today.plusDays(1), today.minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("interviewDate", "rectifyDue")));
		this.api.post("perf", "/api/tasks/" + interview + "/appraisal-interview", interview(today, today.plusDays(30)))
			.andExpect(status().isOk());
		JsonNode seenByHealth = this.api.read(this.api.get("health", "/api/appraisals/" + YEAR));
		assertThat(entry(seenByHealth, "盟卫生健康委员会").get("interviewProblems").asText()).contains("目标编制不完整");
		assertThat(entry(seenByHealth, "盟卫生健康委员会").get("status").asText()).isEqualTo("RECTIFYING");
		JsonNode seenByEduAgain = this.api.read(this.api.get("edu", "/api/appraisals/" + YEAR));
		assertThat(entry(seenByEduAgain, "盟卫生健康委员会").has("interviewProblems")).isFalse();

		// The body rectifies (another department cannot); past the deadline it is flagged overdue.
		String rectify = this.api.taskAbout("health", label, "Task_Rectify");
		this.api.post("edu", "/api/tasks/" + rectify + "/appraisal-rectification", Map.of("rectification", "x"))
			.andExpect(status().isForbidden());
		this.jobs.run("AP-" + YEAR + "-health", "Timer_RectifyOverdue");
		assertThat(entry(this.api.read(this.api.get("perf", "/api/appraisals/" + YEAR)), "盟卫生健康委员会")
			.get("rectifyOverdue").asBoolean()).isTrue();
		this.api.post("health", "/api/tasks/" + rectify + "/appraisal-rectification",
				Map.of("rectification", "已补齐全部项目绩效目标，建立月度调度机制。")).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskAbout("perf", label, "Task_VerifyRectification")
				+ "/appraisal-verification", Map.of("decision", "RETURN", "opinion", "请补充佐证。")).andExpect(status().isOk());
		this.api.post("health", "/api/tasks/" + this.api.taskAbout("health", label, "Task_Rectify") + "/appraisal-rectification",
				Map.of("rectification", "已补充佐证材料。")).andExpect(status().isOk());
		this.api.post("perf", "/api/tasks/" + this.api.taskAbout("perf", label, "Task_VerifyRectification")
				+ "/appraisal-verification", Map.of("decision", "ACCEPT", "opinion", "整改到位。")).andExpect(status().isOk());

		JsonNode closed = this.api.read(this.api.get("health", "/api/appraisals/" + YEAR));
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(entry(closed, "盟卫生健康委员会").get("status").asText()).isEqualTo("RECTIFIED");
		assertThat(closed.get("decisions")).extracting(d -> d.get("step").asText() + ":" + d.get("decision").asText())
			.containsExactly("INTERVIEW:INTERVIEWED", "RECTIFY:REPORTED", "VERIFY:RETURN", "RECTIFY:REPORTED", "VERIFY:ACCEPT");
		JsonNode all = this.api.read(this.api.get("audit", "/api/appraisals/" + YEAR));
		assertThat(all.get("decisions")).extracting(d -> d.get("step").asText())
			.startsWith("SCORE", "CIRCULATE", "SCORE", "CIRCULATE", "INTERVIEW");
	}

	@Test
	void financeScoresWithTheYearsRecordOfEachBodyAtHand() throws Exception {
		int year = 2042;
		this.fixtures.resultFixedProject(year);
		this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", year)).andExpect(status().isCreated());
		String task = this.api.taskAbout("perf", year + " 年度预算绩效管理工作考核", "Task_ScoreAppraisal");

		JsonNode round = this.api.read(this.api.get("perf", "/api/tasks/" + task + "/appraisal"));
		JsonNode edu = entry(round, "盟教育局").get("reference");
		assertThat(edu.get("fundedItems").asInt()).isEqualTo(1);
		assertThat(edu.get("evaluatedItems").asInt()).isEqualTo(1);
		assertThat(edu.get("averageScore").decimalValue()).isEqualByComparingTo("95.97");
		assertThat(edu.has("bodyGrade")).isFalse();
		assertThat(entry(round, "盟卫生健康委员会").get("reference").get("fundedItems").asInt()).isZero();
		JsonNode seenByAudit = this.api.read(this.api.get("audit", "/api/appraisals/" + year));
		assertThat(entry(seenByAudit, "盟教育局").get("reference").get("evaluatedItems").asInt()).isEqualTo(1);
	}

	@Test
	void twoOfficersScoringAtOnceRecordOneRound() throws Exception {
		int year = 2041;
		JsonNode started = this.api.read(this.api.post("perf", "/api/appraisals", Map.of("fiscalYear", year))
			.andExpect(status().isCreated()));
		String task = this.api.taskAbout("perf", year + " 年度预算绩效管理工作考核", "Task_ScoreAppraisal");
		List<Map<String, Object>> scores = new ArrayList<>();
		started.get("entries").forEach(e -> scores.add(score(e.get("id").asLong(), "85")));
		List<Map<String, Object>> other = new ArrayList<>();
		started.get("entries").forEach(e -> other.add(score(e.get("id").asLong(), "55")));

		List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.CompletableFuture.allOf(
				java.util.concurrent.CompletableFuture.runAsync(() -> statuses.add(post("perf", task, scores))),
				java.util.concurrent.CompletableFuture.runAsync(() -> statuses.add(post("perf2", task, other))))
			.join();

		assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
		JsonNode round = this.api.read(this.api.get("perf", "/api/appraisals/" + year));
		assertThat(round.get("decisions")).hasSize(1);
		// One submission wins whole: the entries are all 良 (85) or all 差 (55), never a mix of the two.
		assertThat(java.util.Set.copyOf(round.get("entries").findValuesAsText("grade"))).hasSize(1)
			.containsAnyOf("GOOD", "POOR");
	}

	private int post(String user, String task, List<Map<String, Object>> entries) {
		try {
			return this.api.post(user, "/api/tasks/" + task + "/appraisal-scores", Map.of("entries", entries))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> score(long entryId, String score) {
		Map<String, Object> input = new HashMap<>();
		input.put("entryId", entryId);
		input.put("score", score);
		input.put("comment", "依据考核细则评分");
		return input;
	}

	private static Map<String, Object> interview(LocalDate date, LocalDate due) {
		return Map.of("interviewDate", date.toString(), "attendees", "王绩效；卫健委主任、财务科长",
				"problems", "目标编制不完整，监控流于形式。", "rectifyDue", due.toString());
	}

	private static JsonNode entry(JsonNode appraisal, String name) {
		for (JsonNode entry : appraisal.get("entries")) {
			if (name.equals(entry.get("subjectName").asText())) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + name);
	}

}
