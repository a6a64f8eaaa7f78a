package cn.gov.finance.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.TestProfiles;
import cn.gov.finance.perf.bench.InboxBenchmark.Subject;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.item.process.BudgetItemLifecycleProcess;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.system.AppClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The campaign board at {@code bench.items} items (20,000 by default) of one fiscal year on MySQL, in
 * every stage mix ({@link BoardBenchData}). Interleaved round by round, server side through the full
 * Spring MVC and security stack (no network): the first page with the counts, the same filtered to
 * overdue items, and the items behind one count; next to Camunda's {@code HistoricProcessInstanceQuery}
 * for the same year (the lifecycle's instances by business key, first page of 20 plus count). Then
 * the xlsx export of every row, timed, with the heap it leaves behind and its peak, next to listing
 * the year's historic process instances. Not {@code @IntegrationTest}: its inbox rows have no engine
 * tasks, which the inbox consistency check after each test would rightly refuse. Run by
 * {@code bench/board/run.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import(InboxBenchmark.CountStatements.class)
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "a benchmark; run bench/board/run.sh")
class BoardBenchmark {

	private static final Logger log = LoggerFactory.getLogger(BoardBenchmark.class);

	private static final String LIKE = "XM" + BoardBenchData.YEAR + "-%";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuthenticationManager authenticationManager;

	@Autowired
	private HistoryService historyService;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private OrgUnitRepository orgs;

	@Autowired
	private IdentityDirectory identities;

	@Autowired
	private AppClock clock;

	@Autowired
	private ObjectMapper json;

	@AfterEach
	void removeData() {
		if (!Boolean.getBoolean("bench.keep")) {
			new BoardBenchData(this.dataSource, this.orgs, this.identities).clear();
		}
	}

	@Test
	void boardPageCountsAndExportAgainstHistoricProcessInstanceQuery() throws Exception {
		int n = Integer.getInteger("bench.items", 20_000);
		int rounds = Integer.getInteger("bench.rounds", 100);
		new BoardBenchData(this.dataSource, this.orgs, this.identities).seed(n, this.clock.now());
		Authentication perf = this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("perf", Logins.PASSWORD));
		String year = "/api/tracking/board?size=20&fiscalYear=" + BoardBenchData.YEAR;

		Map<String, Subject> subjects = new LinkedHashMap<>();
		subjects.put("board API · first page + counts", new Subject(() -> board(perf, year)));
		subjects.put("board API · overdue only", new Subject(() -> board(perf, year + "&overdue=true")));
		subjects.put("board API · one count (targets stopped)",
				new Subject(() -> board(perf, year + "&column=TARGET_COMPILATION&state=STOPPED")));
		subjects.put("board API · sorted by amount, page 50", new Subject(() -> board(perf, year + "&sort=AMOUNT&direction=desc&page=50")));
		subjects.put("Camunda HistoricProcessInstanceQuery", new Subject(this::camundaPage));
		for (Subject subject : subjects.values()) {
			for (int i = 0; i < 10; i++) {
				subject.run();
			}
			subject.clear();
		}
		Subject.measureInRounds(subjects.values(), rounds);
		StringBuilder table = new StringBuilder("\n\nCampaign board, server side, ").append(rounds)
			.append(" interleaved rounds (each in its own random order), ")
			.append(n)
			.append(" items of ")
			.append(BoardBenchData.YEAR)
			.append("\n")
			.append(String.format("| %-40s | %8s | %8s | %8s | %10s | %8s |%n", "subject", "p50 ms", "p95 ms", "max ms",
					"statements", "total"))
			.append("|---|---|---|---|---|---|\n");
		for (Map.Entry<String, Subject> entry : subjects.entrySet()) {
			Subject s = entry.getValue();
			table.append(String.format("| %-40s | %8.2f | %8.2f | %8.2f | %10d | %8d |%n", entry.getKey(), s.percentile(50),
					s.percentile(95), s.percentile(100), s.statements(), s.lastTotal()));
		}
		Subject first = subjects.get("board API · first page + counts");
		Subject camunda = subjects.get("Camunda HistoricProcessInstanceQuery");
		table.append(String.format("p95 first page + counts %.1f ms (goal ≤ 200); ratio board/Camunda p95 %.2f%n",
				first.percentile(95), first.percentile(95) / camunda.percentile(95)));

		// Export of every row, interleaved with listing every historic instance of the year.
		int exports = Integer.getInteger("bench.exports", 3);
		List<Double> exportMs = new ArrayList<>();
		List<Double> camundaMs = new ArrayList<>();
		long retained = 0;
		long peak = 0;
		long oldPeak = 0;
		int rows = 0;
		long bytes = 0;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < exports; i++) {
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			List<java.lang.management.MemoryPoolMXBean> tenured = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getName().contains("Old"))
				.toList();
			long oldBefore = tenured.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
			tenured.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
			AtomicLong max = new AtomicLong(before);
			AtomicBoolean running = new AtomicBoolean(true);
			Thread sampler = new Thread(() -> {
				while (running.get()) {
					max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.start();
			long t = System.nanoTime();
			MvcResult result = this.mvc.perform(MockMvcRequestBuilders
				.get("/api/tracking/board/export?fiscalYear=" + BoardBenchData.YEAR)
				.with(authentication(perf))).andReturn();
			exportMs.add((System.nanoTime() - t) / 1e6);
			running.set(false);
			sampler.join();
			oldPeak = Math.max(oldPeak, tenured.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - oldBefore);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			byte[] content = result.getResponse().getContentAsByteArray();
			bytes = content.length;
			result = null;
			System.gc();
			retained = Math.max(retained, memory.getHeapMemoryUsage().getUsed() - before - content.length);
			peak = Math.max(peak, max.get() - before);
			if (i == 0) {
				try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(content))) {
					rows = workbook.getSheetAt(0).getLastRowNum();
				}
			}
			content = null;
			t = System.nanoTime();
			List<HistoricProcessInstance> all = this.historyService.createHistoricProcessInstanceQuery()
				.processDefinitionKey(BudgetItemLifecycleProcess.KEY)
				.processInstanceBusinessKeyLike(LIKE)
				.orderByProcessInstanceBusinessKey()
				.asc()
				.list();
			camundaMs.add((System.nanoTime() - t) / 1e6);
			assertThat(all).hasSize(n);
		}
		double exportMax = exportMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		double camundaMax = camundaMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		table.append(String.format("%nExport of every row (%d runs, interleaved)%n", exports))
			.append("| subject | max s | rows | size | heap retained MiB | old-gen peak growth MiB | used-heap peak above baseline MiB (garbage included) |\n|---|---|---|---|---|---|---|\n")
			.append(String.format("| board xlsx export (SXSSF) | %.2f | %d | %.1f MiB | %.1f | %.1f | %.1f |%n", exportMax / 1000, rows,
					bytes / 1048576.0, retained / 1048576.0, oldPeak / 1048576.0, peak / 1048576.0))
			.append(String.format("| Camunda HistoricProcessInstanceQuery.list() of the year | %.2f | %d | — | — | — | — |%n",
					camundaMax / 1000, n))
			.append(String.format("export %.2f s (goal ≤ 10), heap growth %.1f MiB retained, %.1f MiB old-gen peak (goal ≤ 100); ratio export/Camunda list %.1f%n",
					exportMax / 1000, retained / 1048576.0, oldPeak / 1048576.0, exportMax / camundaMax));
		log.info(table.toString());
		assertThat(rows).isEqualTo(n);
	}

	private long board(Authentication user, String path) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(user))).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		JsonNode page = this.json.readTree(result.getResponse().getContentAsString());
		return page.get("totalElements").asLong();
	}

	private long camundaPage() {
		HistoricProcessInstanceQuery query = this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BudgetItemLifecycleProcess.KEY)
			.processInstanceBusinessKeyLike(LIKE);
		List<HistoricProcessInstance> page = query.orderByProcessInstanceBusinessKey().asc().listPage(0, 20);
		if (page.isEmpty()) {
			throw new IllegalStateException("no historic instances of " + BoardBenchData.YEAR);
		}
		return query.count();
	}

}
