package cn.gov.finance.perf.adminlog;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.admin.AdminAuditEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administration audit log: each administrator action with who, when (engine clock) and from
 * where; refusals kept although the caller rolls back; searched, exported and purged only after the
 * retention; administrators only.
 */
@IntegrationTest
class AdminAuditLogApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AdminAuditLog log;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRecordAnAdministratorActionWithActorAddressAndEngineTime() throws Exception {
		Instant at = Instant.parse("2092-03-04T05:06:00Z");
		ClockUtil.setCurrentTime(java.util.Date.from(at));
		this.mvc.perform(post("/api/admin/inbox/reconcile").with(this.logins.as("admin")).with(csrfToken()).with(r -> {
			r.setRemoteAddr("10.88.1.7");
			return r;
		})).andExpect(status().isOk());

		JsonNode page = search("actor=admin&action=inbox.&from=2092-03-04&to=2092-03-04");
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		JsonNode entry = page.get("content").get(0);
		assertThat(entry.get("action").asText()).isEqualTo("inbox.reconciled");
		assertThat(entry.get("actor").asText()).isEqualTo("admin");
		assertThat(entry.get("remoteAddress").asText()).isEqualTo("10.88.1.7");
		assertThat(Instant.parse(entry.get("occurredAt").asText())).isEqualTo(at);
		assertThat(this.json.readTree(entry.get("details").asText()).get("missing").asInt()).isZero();
	}

	@Test
	void shouldRecordTheUnlockAndTheMonitoringCalendarChanges() throws Exception {
		this.mvc.perform(post("/api/admin/users/edu/unlock").with(this.logins.as("admin")).with(csrfToken()))
			.andExpect(status().isNoContent());
		assertThat(search("action=user.unlocked&target=edu").get("totalElements").asLong()).isPositive();

		JsonNode period = this.json.readTree(this.mvc
			.perform(post("/api/monitoring-periods").with(this.logins.as("admin")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"divisionCode\":\"152500\",\"fiscalYear\":2093,\"name\":\"1-6月监控\","
						+ "\"cutoffDate\":\"2093-06-30\",\"dueDate\":\"2093-07-10\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String target = "monitoring-period:" + period.get("id").asText();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/monitoring-periods/" + period.get("id").asText())
			.with(this.logins.as("admin"))
			.with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"divisionCode\":\"152500\",\"fiscalYear\":2093,\"name\":\"1-6月监控\","
					+ "\"cutoffDate\":\"2093-06-30\",\"dueDate\":\"2093-07-15\"}"))
			.andExpect(status().isOk());
		JsonNode entries = search("target=" + target).get("content");
		assertThat(entries.findValuesAsText("action")).containsExactly("calendar.updated", "calendar.created");
		JsonNode details = this.json.readTree(entries.get(0).get("details").asText());
		assertThat(details.get("old.dueDate").asText()).isEqualTo("2093-07-10");
		assertThat(details.get("new.dueDate").asText()).isEqualTo("2093-07-15");
	}

	@Test
	void shouldKeepARefusalWhenTheCallerRollsBack() throws Exception {
		String target = "refused-" + System.nanoTime();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.jdbc.update("insert into admin_audit_log (occurred_at, actor, action, summary) values (?, 'x', ?, 'x')",
					java.time.LocalDateTime.of(2092, 1, 1, 0, 0), "rolledback." + target);
			this.publisher.publishEvent(new AdminAuditEvent("deployment.refused", target, "部署被拒绝",
					Map.of("problems", "3")));
			status.setRollbackOnly();
		});
		JsonNode page = search("target=" + target);
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("actor").asText()).isEqualTo(AdminAuditLog.SYSTEM);
		assertThat(search("action=rolledback." + target).get("totalElements").asLong()).isZero();
	}

	@Test
	void shouldFilterByActorActionPrefixTargetTimeAndText() throws Exception {
		String tag = "flt" + System.nanoTime();
		ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2094-05-01T02:00:00Z")));
		this.publisher.publishEvent(new AdminAuditEvent("group.created", tag + "-a", "新建分组 审计组", Map.of("name", "审计组")));
		ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2094-05-03T02:00:00Z")));
		this.publisher.publishEvent(new AdminAuditEvent("group.renamed", tag + "-b", "分组改名", Map.of("new.name", "绩效组")));
		this.publisher.publishEvent(new AdminAuditEvent("org.created", tag + "-c", "新建组织 " + tag, Map.of()));

		assertThat(search("action=group.&text=" + tag).get("content").findValuesAsText("target")).containsExactly(tag + "-b",
				tag + "-a");
		assertThat(search("action=groups&text=" + tag).get("totalElements").asLong()).isZero();
		assertThat(search("action=group.&from=2094-05-01&to=2094-05-03").get("content").findValuesAsText("target"))
			.containsExactly(tag + "-b", tag + "-a");
		assertThat(search("action=group.&from=2094-05-02&to=2094-05-03").get("content").findValuesAsText("target"))
			.containsExactly(tag + "-b");
		assertThat(search("target=" + tag + "-c").get("content").findValuesAsText("action")).containsExactly("org.created");
		assertThat(search("text=" + tag + "-c").get("content").findValuesAsText("target")).containsExactly(tag + "-c");
		assertThat(search("text=绩效组&from=2094-05-01&to=2094-05-03").get("content").findValuesAsText("target"))
			.containsExactly(tag + "-b");
		assertThat(search("actor=system&action=org.created&text=" + tag).get("totalElements").asLong()).isEqualTo(1);
		assertThat(search("actor=admin&action=org.created&text=" + tag).get("totalElements").asLong()).isZero();

		JsonNode firstPage = search("action=group.&from=2094-05-01&to=2094-05-03&size=1");
		assertThat(firstPage.get("totalElements").asLong()).isEqualTo(2);
		assertThat(firstPage.get("content")).hasSize(1);
		assertThat(search("action=group.&from=2094-05-01&to=2094-05-03&size=1&page=1").get("content").get(0)
			.get("target").asText()).isEqualTo(tag + "-a");
		this.mvc.perform(get("/api/admin/audit-log?action=group.&from=2094-05-01&to=2094-05-03&size=1&page=2")
			.with(this.logins.as("admin"))).andExpect(status().isBadRequest());
	}

	@Test
	void shouldExportTheFilteredEntriesAsAValidWorkbook() throws Exception {
		String tag = "exp" + System.nanoTime();
		this.publisher.publishEvent(new AdminAuditEvent("user.created", tag + "-1", "新建用户 " + tag, Map.of("email", "a@b.cn")));
		this.publisher.publishEvent(new AdminAuditEvent("user.disabled", tag + "-1", "停用用户 " + tag, Map.of()));
		byte[] body = this.mvc.perform(get("/api/admin/audit-log/export?text=" + tag).with(this.logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("user.disabled");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("user.created");
			assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).contains("a@b.cn");
		}
	}

	@Test
	void shouldPurgeOnlyEntriesOlderThanTheRetention() throws Exception {
		String tag = "purge" + System.nanoTime();
		Instant now = Instant.parse("2096-06-01T00:00:00Z");
		ClockUtil.setCurrentTime(java.util.Date.from(now.minus(this.log.retention()).minus(Duration.ofDays(1))));
		this.publisher.publishEvent(AdminAuditEvent.of("org.created", tag + "-old", "old"));
		ClockUtil.setCurrentTime(java.util.Date.from(now.minus(Duration.ofDays(183))));
		this.publisher.publishEvent(AdminAuditEvent.of("org.created", tag + "-kept", "kept"));
		ClockUtil.setCurrentTime(java.util.Date.from(now));
		assertThat(this.log.purge()).isPositive();
		assertThat(search("text=" + tag).get("content").findValuesAsText("target")).containsExactly(tag + "-kept");
		assertThat(this.log.retention()).isGreaterThanOrEqualTo(Duration.ofDays(183));
	}

	@Test
	void shouldRefuseNonAdministrators() throws Exception {
		for (String user : new String[] { "perf", "audit" }) {
			this.mvc.perform(get("/api/admin/audit-log").with(this.logins.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/admin/audit-log/export").with(this.logins.as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/admin/audit-log")).andExpect(status().isUnauthorized());
	}

	private JsonNode search(String query) throws Exception {
		return this.json.readTree(this.mvc.perform(get("/api/admin/audit-log?" + query).with(this.logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
