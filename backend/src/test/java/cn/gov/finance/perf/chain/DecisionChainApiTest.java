package cn.gov.finance.perf.chain;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tamper-evident decisions: each review finance makes on an item is a link of the item's chain;
 * editing a decision row in SQL, editing a link, or slipping a row in without the application
 * breaks verification at that row. Items of fiscal year {@value #YEAR} belong to this class.
 */
@IntegrationTest
class DecisionChainApiTest {

	static final int YEAR = 2044;

	@Autowired
	private SliceApi api;

	@Autowired
	private JdbcTemplate jdbc;

	/** An item whose first assessment finance sent back for adjustment and whose second it supported: two links. */
	private String twoReviews() throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		String code = this.api.propose("edu", body);
		for (String decision : new String[] { "ADJUST", "SUPPORTED" }) {
			this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_FillAssessment") + "/assessment",
					assessment(18, 17, 16, 18, 19))
				.andExpect(status().isCreated());
			this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_ReviewAssessment") + "/assessment-review",
					review(decision))
				.andExpect(status().isCreated());
		}
		return code;
	}

	private JsonNode verify(String user, String code) throws Exception {
		return this.api.read(this.api.get(user, "/api/items/" + code + "/decision-chain").andExpect(status().isOk()));
	}

	private long reviewId(String code, String decision) {
		return this.jdbc.queryForObject("""
				select r.id from assessment_review r join assessment a on a.id = r.assessment_id
				join budget_item i on i.id = a.item_id where i.code = ? and r.decision = ?
				""", Long.class, code, decision);
	}

	@Test
	void everyReviewIsALinkAndTheChainVerifies() throws Exception {
		String code = twoReviews();
		JsonNode chain = verify("edu", code);
		assertThat(chain.get("intact").asBoolean()).isTrue();
		assertThat(chain.get("links").asInt()).isEqualTo(2);
		assertThat(chain.get("headHash").asText()).hasSize(64);
		// The second link is chained to the first.
		var links = this.jdbc.queryForList("select seq, prev_hash, hash, algorithm from decision_chain where subject = ? order by seq", code);
		assertThat(links.get(0).get("prev_hash")).isEqualTo(Canonical.GENESIS);
		assertThat(links.get(1).get("prev_hash")).isEqualTo(links.get(0).get("hash"));
		assertThat(links.get(0).get("algorithm")).isEqualTo("SM3");
		// Only those who may see the item see its chain.
		this.api.get("health", "/api/items/" + code + "/decision-chain").andExpect(status().is4xxClientError());
	}

	@Test
	void aDecisionEditedInSqlBreaksTheChainAtThatRow() throws Exception {
		String code = twoReviews();
		long first = reviewId(code, "ADJUST");
		this.jdbc.update("update assessment_review set opinion = ? where id = ?", "审核意见：予以支持", first);

		JsonNode chain = verify("perf", code);
		assertThat(chain.get("intact").asBoolean()).isFalse();
		assertThat(chain.get("firstBroken").get("table").asText()).isEqualTo("assessment_review");
		assertThat(chain.get("firstBroken").get("decisionId").asLong()).isEqualTo(first);
		assertThat(chain.get("firstBroken").get("seq").asInt()).isEqualTo(1);
		assertThat(chain.get("firstBroken").get("problem").asText()).isEqualTo("CONTENT_CHANGED");
	}

	@Test
	void anEditedLinkOrASlippedInRowIsFound() throws Exception {
		String code = twoReviews();
		// Rewriting the stored content of the second link (to hide an edit) breaks its hash.
		this.jdbc.update("update decision_chain set content = replace(content, 'SUPPORTED', 'NOT_SUPPORTED') where subject = ? and seq = 2", code);
		JsonNode chain = verify("perf", code);
		assertThat(chain.get("firstBroken").get("seq").asInt()).isEqualTo(2);
		assertThat(chain.get("firstBroken").get("problem").asText()).isEqualTo("HASH_MISMATCH");

		// A decision row written around the application has no link.
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		String other = this.api.propose("edu", body);
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", other, "Task_FillAssessment") + "/assessment",
				assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		long assessmentId = this.jdbc.queryForObject(
				"select a.id from assessment a join budget_item i on i.id = a.item_id where i.code = ?", Long.class, other);
		assertThat(verify("perf", other).get("intact").asBoolean()).isTrue();
		this.jdbc.update("""
				insert into assessment_review (assessment_id, decision, opinion, task_id, reviewed_by, reviewed_at)
				values (?, 'NOT_SUPPORTED', '伪造', ?, 'perf', current_timestamp)
				""", assessmentId, "forged-" + System.nanoTime());
		JsonNode forged = verify("perf", other);
		assertThat(forged.get("intact").asBoolean()).isFalse();
		assertThat(forged.get("firstBroken").get("problem").asText()).isEqualTo("UNCHAINED");
	}

	@Test
	void auditExportsTheChainOthersMayNot() throws Exception {
		String code = twoReviews();
		String csv = this.api.get("audit", "/api/decision-chains/export?subject=" + code)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Records end in CRLF; a link's content spans lines inside its quoted field.
		String[] records = csv.split("\r\n");
		assertThat(records).hasSize(3);
		assertThat(records[0]).contains("seq,table,decision_id");
		assertThat(records[1]).startsWith("1,assessment_review,");
		assertThat(records[2]).startsWith("2,assessment_review,");
		assertThat(csv).contains("assessment_review").contains("SUPPORTED");
		this.api.get("perf", "/api/decision-chains/export?subject=" + code).andExpect(status().isForbidden());
		this.api.get("edu", "/api/decision-chains?subject=" + code).andExpect(status().isForbidden());
		assertThat(this.api.read(this.api.get("audit", "/api/decision-chains?subject=" + code)).get("intact").asBoolean()).isTrue();
	}

}
