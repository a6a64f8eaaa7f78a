package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503), however they are wrapped. */
class DatabaseUnavailableTest {

	@Test
	void shouldRecogniseTheWaysALostDatabaseSurfaces() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 1500ms");
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no JPA EntityManager", poolTimeout)))
			.isTrue();
		assertThat(DatabaseUnavailable.causedBy(poolTimeout)).isTrue();
		// Camunda: ProcessEngineException around MyBatis' PersistenceException around Connector/J's 08S01.
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03004 Exception while executing",
				new org.apache.ibatis.exceptions.PersistenceException(new SQLException("Communications link failure", "08S01")))))
			.isTrue();
		assertThat(DatabaseUnavailable.causedBy(new org.hibernate.exception.JDBCConnectionException("lost",
				new SQLException("lost", "08003")))).isTrue();
	}

	@Test
	void shouldNotMistakeOtherDatabaseErrorsForAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("task not found"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("x", new SQLException("syntax", "42000"))))
			.isFalse();
	}

}
