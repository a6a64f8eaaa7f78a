package cn.gov.finance.perf.system;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * With several nodes every Spring {@code @Scheduled} job of the application runs once a day across
 * them: the run first claims its (job, day) row in {@code scheduled_run}; the primary key lets one
 * node in, the others find the row and skip. The claim belongs to the caller's transaction, so a run
 * that fails releases its day for another try. (The notification push is the one scheduled task
 * that runs on every node, by design: each node pushes to the browsers connected to it.)
 */
@Component
public class ScheduledRuns {

	private final JdbcTemplate jdbc;

	private final ClusterNode node;

	private final AppClock clock;

	ScheduledRuns(JdbcTemplate jdbc, ClusterNode node, AppClock clock) {
		this.jdbc = jdbc;
		this.node = node;
		this.clock = clock;
	}

	/** {@link #claim} for today in {@code app.time-zone}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claimToday(String job) {
		return claim(job, this.clock.today());
	}

	/** True when this node is the first to run {@code job} on {@code day}; false when another node did. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(String job, LocalDate day) {
		try {
			this.jdbc.update("insert into scheduled_run (job, run_on, node, started) values (?, ?, ?, ?)", job,
					java.sql.Date.valueOf(day), this.node.name(), Timestamp.from(AppClock.instant()));
			return true;
		}
		catch (DataIntegrityViolationException alreadyClaimed) {
			return false;
		}
	}

}
