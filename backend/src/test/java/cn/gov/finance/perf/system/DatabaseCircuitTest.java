package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The circuit in front of the pool: a failure to reach the database opens it, later requests for a
 * connection fail at once without asking the pool, a busy pool does not open it, and a probe that
 * gets a valid connection closes it. Probes are run by the test, not waited for.
 */
class DatabaseCircuitTest {

	private final FakePool pool = new FakePool();

	private final DatabaseCircuit circuit = new DatabaseCircuit(this.pool, Duration.ofHours(1));

	@AfterEach
	void tearDown() {
		this.circuit.close();
	}

	@Test
	void shouldFailAtOnceAfterTheDatabaseWasFoundGoneAndRecoverOnAProbe() throws Exception {
		this.circuit.getConnection().close();
		assertThat(this.pool.asked.get()).isEqualTo(1);

		this.pool.failure = hikariTimeout("08S01", new CommunicationsException("Communications link failure",
				new ConnectException("Connection refused")));
		assertThatThrownBy(this.circuit::getConnection).isSameAs(this.pool.failure);
		assertThat(this.circuit.isOpen()).isTrue();

		assertThatThrownBy(this.circuit::getConnection).isInstanceOf(SQLTransientConnectionException.class)
			.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("08001"))
			.satisfies(ex -> assertThat(DatabaseUnavailable.causedBy(ex)).isTrue());
		assertThat(this.pool.asked.get()).as("refused without asking the pool").isEqualTo(2);

		this.circuit.probe();
		assertThat(this.circuit.isOpen()).as("the probe failed too").isTrue();

		this.pool.failure = null;
		this.circuit.probe();
		assertThat(this.circuit.isOpen()).isFalse();
		this.circuit.getConnection().close();
	}

	@Test
	void shouldStayClosedWhenThePoolIsOnlyBusy() throws Exception {
		this.pool.failure = hikariTimeout(null, null);
		assertThatThrownBy(this.circuit::getConnection).isSameAs(this.pool.failure);
		assertThat(this.circuit.isOpen()).isFalse();
		assertThatThrownBy(this.circuit::getConnection).isSameAs(this.pool.failure);
		assertThat(this.pool.asked.get()).as("each request still waits for the pool").isEqualTo(2);
	}

	@Test
	void shouldNotProbeWithAValidatedConnectionThatIsNotValid() throws Exception {
		this.pool.failure = new CommunicationsException("Communications link failure", new ConnectException("refused"));
		assertThatThrownBy(this.circuit::getConnection).isInstanceOf(CommunicationsException.class);
		this.pool.failure = null;
		this.pool.valid = false;
		this.circuit.probe();
		assertThat(this.circuit.isOpen()).isTrue();
		this.pool.valid = true;
		this.circuit.probe();
		assertThat(this.circuit.isOpen()).isFalse();
	}

	/** What Hikari throws after connection-timeout: SQLSTATE and cause from its last failed attempt, if any. */
	private static SQLTransientConnectionException hikariTimeout(String state, Throwable cause) {
		return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1500ms",
				state, cause);
	}

	static final class FakePool extends AbstractDataSource {

		final AtomicInteger asked = new AtomicInteger();

		volatile SQLException failure;

		volatile boolean valid = true;

		@Override
		public Connection getConnection() throws SQLException {
			this.asked.incrementAndGet();
			if (this.failure != null) {
				throw this.failure;
			}
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "isValid" -> this.valid;
						case "close" -> null;
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
