package cn.gov.finance.perf.system;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A circuit breaker in front of the connection pool. While the database is reachable it only passes
 * {@link #getConnection()} on. When a connection cannot be had because the database itself is gone
 * (a connection failure, SQLSTATE class 08, not merely a busy pool) the circuit opens: every later
 * {@code getConnection()} fails at once instead of waiting the pool's {@code connection-timeout}
 * again, so a request that touches the database several times (session, security, controller) is
 * answered 503 in milliseconds, not in a multiple of 1.5 s; and the job executor and scheduled work
 * fail fast too. A background probe asks the pool for a connection every {@code probeInterval}; the
 * first valid one closes the circuit, so the node recovers by itself, without a restart.
 */
final class DatabaseCircuit extends DelegatingDataSource implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCircuit.class);

	private final ScheduledExecutorService prober;

	private final Duration probeInterval;

	private volatile long openSince;

	private volatile boolean open;

	private ScheduledFuture<?> probe;

	DatabaseCircuit(DataSource pool, Duration probeInterval) {
		this(pool, probeInterval, Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "database-circuit-probe");
			thread.setDaemon(true);
			return thread;
		}));
	}

	DatabaseCircuit(DataSource pool, Duration probeInterval, ScheduledExecutorService prober) {
		super(pool);
		this.probeInterval = probeInterval;
		this.prober = prober;
	}

	@Override
	public Connection getConnection() throws SQLException {
		refuseWhileOpen();
		try {
			return super.getConnection();
		}
		catch (SQLException ex) {
			observe(ex);
			throw ex;
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		refuseWhileOpen();
		try {
			return super.getConnection(username, password);
		}
		catch (SQLException ex) {
			observe(ex);
			throw ex;
		}
	}

	boolean isOpen() {
		return this.open;
	}

	/** One probe: a valid connection from the pool closes the circuit. Run by the prober, and by tests. */
	void probe() {
		if (!this.open) {
			return;
		}
		try (Connection connection = obtainTargetDataSource().getConnection()) {
			if (connection.isValid(1)) {
				closeCircuit();
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Database still unreachable: {}", DatabaseUnavailable.rootMessage(ex));
		}
	}

	private void refuseWhileOpen() throws SQLException {
		if (this.open) {
			throw new SQLTransientConnectionException("The database is unreachable (since "
					+ Duration.ofNanos(System.nanoTime() - this.openSince).toMillis()
					+ " ms); a probe checks it every " + this.probeInterval.toMillis() + " ms", "08001");
		}
	}

	private void observe(SQLException failure) {
		if (connectionFailure(failure)) {
			openCircuit(failure);
		}
	}

	private synchronized void openCircuit(SQLException failure) {
		if (this.open) {
			return;
		}
		this.openSince = System.nanoTime();
		this.open = true;
		log.warn("Database unreachable, answering at once until a probe succeeds: {}",
				DatabaseUnavailable.rootMessage(failure));
		try {
			this.probe = this.prober.scheduleWithFixedDelay(this::probe, this.probeInterval.toMillis(),
					this.probeInterval.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// Shutting down: nothing will probe, so do not refuse either.
			this.open = false;
		}
	}

	private synchronized void closeCircuit() {
		if (!this.open) {
			return;
		}
		this.open = false;
		if (this.probe != null) {
			this.probe.cancel(false);
			this.probe = null;
		}
		log.info("Database reachable again after {} ms", Duration.ofNanos(System.nanoTime() - this.openSince).toMillis());
	}

	/**
	 * The database itself cannot be reached: a connection exception (SQLSTATE class 08, as Hikari's
	 * timeout carries when its last attempt to connect failed), Connector/J's
	 * {@code CommunicationsException} or a refused connection. Hikari's timeout on a merely busy pool
	 * has no SQLSTATE and does not open the circuit.
	 */
	static boolean connectionFailure(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
					|| t instanceof java.net.ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (t.getCause() == t) {
				return false;
			}
		}
		return false;
	}

	/** Stops the probe and closes the pool behind (Spring calls this where it would close the pool). */
	@Override
	public void close() {
		this.prober.shutdownNow();
		if (obtainTargetDataSource() instanceof AutoCloseable pool) {
			try {
				pool.close();
			}
			catch (Exception ex) {
				log.warn("Closing the connection pool failed", ex);
			}
		}
	}

}
