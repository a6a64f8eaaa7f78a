package cn.gov.finance.perf.identity;

import java.util.List;

import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import cn.gov.finance.perf.system.AppClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Sessions in the database (Spring Session JDBC) that nobody called any more are deleted here, every
 * minute on every node, instead of by Spring Session's own cleanup, which deletes them without a word:
 * each session is deleted by one statement whose row count tells the one node that deleted it, and
 * that node logs the expiry of a logged-in session (as the servlet container's timeout did before),
 * so with two nodes every expiry is logged once. Sessions ended by a logout or by the idle check are
 * deleted (and logged) at once and never reach this sweep.
 */
@Component
public class SessionSweep {

	static final String TABLE = JdbcIndexedSessionRepository.DEFAULT_TABLE_NAME;

	private static final Logger log = LoggerFactory.getLogger(SessionSweep.class);

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	private final JdbcTemplate jdbc;

	private final SecurityEventLog events;

	SessionSweep(ObjectProvider<JdbcIndexedSessionRepository> sessions, JdbcTemplate jdbc, SecurityEventLog events) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${app.session.sweep-interval:60000}", initialDelay = 60_000)
	void scheduled() {
		if (this.sessions.getIfAvailable() == null) {
			// Sessions live in the servlet container (the MockMvc tests): it times them out itself.
			return;
		}
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.debug("Session sweep skipped: {}", ex.getMessage());
		}
	}

	/** Deletes the sessions expired by now; returns how many this node deleted. */
	public int sweep() {
		long now = AppClock.instant().toEpochMilli();
		List<Expired> expired = this.jdbc.query("select PRIMARY_ID, PRINCIPAL_NAME from " + TABLE
				+ " where EXPIRY_TIME < ? order by EXPIRY_TIME", (rs, row) -> new Expired(rs.getString(1), rs.getString(2)),
				now);
		int deleted = 0;
		for (Expired session : expired) {
			// Attributes go with the session (on delete cascade). A session used meanwhile has a later expiry.
			if (this.jdbc.update("delete from " + TABLE + " where PRIMARY_ID = ? and EXPIRY_TIME < ?", session.id(),
					now) == 1) {
				deleted++;
				if (session.principal() != null) {
					this.events.record(Type.SESSION_EXPIRED, Outcome.SUCCESS, session.principal(), null, Channel.SYSTEM,
							"session timed out");
				}
			}
		}
		return deleted;
	}

	private record Expired(String id, String principal) {
	}

}
