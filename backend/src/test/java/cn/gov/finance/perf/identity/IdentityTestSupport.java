package cn.gov.finance.perf.identity;

import static cn.gov.finance.perf.CsrfTokens.csrfToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.finance.perf.system.AppClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Users of their own, logins through the real endpoint from a chosen client address, the engine clock moved. */
@Component
public class IdentityTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IdentityDirectory directory;

	@Autowired
	private JdbcTemplate jdbc;

	/** A user as an administrator creates one in Camunda Admin: not a demo user, no password history. */
	public String createdUser(String prefix, String password, String... roles) {
		String id = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
		this.directory.ensureUser(id, "测试用户", password, null, roles.length == 0 ? new String[] { Roles.DEPARTMENT } : roles);
		return id;
	}

	/** A client address no other test uses. */
	public String address() {
		int n = SEQUENCE.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	public ResultActions login(String user, String password, String address) throws Exception {
		return login(user, password, address, new MockHttpSession());
	}

	public ResultActions login(String user, String password, String address, MockHttpSession session) throws Exception {
		return this.mvc.perform(post("/api/auth/login").session(session).with(csrfToken()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
	}

	public void moveClock(java.time.Duration by) {
		ClockUtil.setCurrentTime(java.util.Date.from(AppClock.instant().plus(by)));
	}

	public long events(String type, String principal) {
		return this.jdbc.queryForObject("select count(*) from security_event where event_type = ? and principal = ?",
				Long.class, type, principal);
	}

}
