package cn.gov.finance.perf.audit;

import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Audit reviews through the API: the audit office opens one on any item, records findings (once
 * each, however often sent), refers a case to discipline inspection (once) and closes it; the
 * item's department reads it only when closed, other departments never.
 */
@IntegrationTest
class AuditReviewApiTest {

	@Autowired
	private SliceApi api;

	@Test
	void shouldRecordFindingsOnceReferACaseAndShowTheClosedReviewToTheDepartment() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		this.api.post("edu", "/api/items/" + code + "/audit-reviews", Map.of("scope", "自查")).andExpect(status().isForbidden());
		this.api.post("audit", "/api/items/" + code + "/audit-reviews", Map.of("scope", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
		this.api.post("audit", "/api/items/NOPE-1/audit-reviews", Map.of("scope", "x")).andExpect(status().isNotFound());
		this.api.post("audit", "/api/items/" + code + "/audit-reviews", Map.of("scope", "事前评估与目标编制的真实性"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"));
		this.api.post("audit", "/api/items/" + code + "/audit-reviews", Map.of("scope", "again")).andExpect(status().isConflict());

		String task = this.api.taskWithKey("audit", code, "Task_AuditReview");
		Map<String, Object> finding = finding(UUID.randomUUID().toString(), "TARGET", false, null);
		finding.remove("category");
		this.api.post("audit", "/api/tasks/" + task + "/audit-findings", finding)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		this.api.post("edu", "/api/tasks/" + task + "/audit-findings", finding(UUID.randomUUID().toString(), "TARGET", false, null))
			.andExpect(status().isForbidden());

		// The same finding sent twice (a retry) is recorded once.
		Map<String, Object> first = finding(UUID.randomUUID().toString(), "TARGET", false, null);
		this.api.post("audit", "/api/tasks/" + task + "/audit-findings", first).andExpect(status().isOk());
		this.api.post("audit", "/api/tasks/" + task + "/audit-findings", first).andExpect(status().isOk());
		JsonNode review = this.api.read(this.api.post("audit", "/api/tasks/" + task + "/audit-findings",
				finding(UUID.randomUUID().toString(), "FUNDS", true, "380000")).andExpect(status().isOk()));
		assertThat(review.get("findings")).hasSize(2);
		long serious = review.get("findings").get(1).get("id").asLong();

		// An open review is for finance and audit only.
		assertThat(this.api.read(this.api.get("edu", "/api/items/" + code + "/audit-reviews"))).isEmpty();
		assertThat(this.api.read(this.api.get("perf", "/api/items/" + code + "/audit-reviews"))).hasSize(1);

		String referral = "/api/tasks/" + task + "/audit-findings/" + serious + "/referral";
		this.api.post("audit", referral, Map.of("referredTo", "盟纪委监委", "reason", "虚报冒领"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("referralNo"));
		Map<String, Object> refer = Map.of("referredTo", "盟纪委监委", "referralNo", "锡审移〔2026〕3号", "reason", "涉嫌虚报冒领专项资金");
		this.api.post("audit", referral, refer).andExpect(status().isOk());
		this.api.post("audit", referral, refer).andExpect(status().isConflict());

		this.api.post("audit", "/api/tasks/" + task + "/audit-review-close", Map.of("conclusion", "发现问题 2 个，移送 1 件。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));

		JsonNode seen = this.api.read(this.api.get("edu", "/api/items/" + code + "/audit-reviews")).get(0);
		assertThat(seen.get("conclusion").asText()).contains("移送 1 件");
		assertThat(seen.get("findings").get(1).get("referred").asBoolean()).isTrue();
		assertThat(seen.get("findings").get(1).get("referralNo").asText()).isEqualTo("锡审移〔2026〕3号");
		assertThat(seen.get("findings").get(1).get("amount").decimalValue()).isEqualByComparingTo("380000");
		this.api.get("health", "/api/items/" + code + "/audit-reviews").andExpect(status().isForbidden());
		this.api.get("edu", "/api/audit-reviews").andExpect(status().isForbidden());
		assertThat(this.api.read(this.api.get("audit", "/api/audit-reviews")).findValuesAsText("itemCode")).contains(code);
	}

	@Test
	void aFindingSentTwiceAtOnceIsRecordedOnceAndReferredOnlyOnce() throws Exception {
		String code = this.api.propose("health", proposal("health", null, false));
		this.api.post("audit", "/api/items/" + code + "/audit-reviews", Map.of("scope", "资金使用")).andExpect(status().isCreated());
		String task = this.api.taskWithKey("audit", code, "Task_AuditReview");
		Map<String, Object> same = finding(UUID.randomUUID().toString(), "FUNDS", true, "120000");

		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture.allOf(
				CompletableFuture.runAsync(() -> statuses.add(post("/api/tasks/" + task + "/audit-findings", same))),
				CompletableFuture.runAsync(() -> statuses.add(post("/api/tasks/" + task + "/audit-findings", same))))
			.join();
		assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
		JsonNode review = this.api.read(this.api.get("audit", "/api/items/" + code + "/audit-reviews")).get(0);
		assertThat(review.get("findings")).hasSize(1);

		String referral = "/api/tasks/" + task + "/audit-findings/" + review.get("findings").get(0).get("id").asLong() + "/referral";
		Map<String, Object> refer = Map.of("referredTo", "盟纪委监委", "referralNo", "锡审移〔2026〕9号", "reason", "涉嫌挪用");
		statuses.clear();
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> statuses.add(post(referral, refer))),
				CompletableFuture.runAsync(() -> statuses.add(post(referral, refer))))
			.join();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
	}

	private int post(String path, Map<String, Object> body) {
		try {
			return this.api.post("audit", path, body).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> finding(String key, String category, boolean serious, String amount) {
		Map<String, Object> body = new HashMap<>();
		body.put("clientKey", key);
		body.put("category", category);
		body.put("serious", serious);
		body.put("description", "绩效目标与实际用途不符");
		body.put("amount", amount);
		return body;
	}

}
