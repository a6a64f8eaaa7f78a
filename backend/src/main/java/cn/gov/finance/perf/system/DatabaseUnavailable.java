package cn.gov.finance.perf.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure to reach the database however it is wrapped: Spring's
 * {@link CannotCreateTransactionException} and {@link DataAccessResourceFailureException}, Hibernate's
 * {@code JDBCConnectionException}, Camunda's {@code ProcessEngineException} around a MyBatis
 * {@code PersistenceException}, Hikari's {@link SQLTransientConnectionException} (no connection
 * within {@code connection-timeout}), Connector/J's {@code CommunicationsException} (a
 * {@link SQLRecoverableException}) and any {@link SQLException} of SQLSTATE class 08 (connection
 * exception). Such a request is answered 503 with Retry-After instead of a generic 500.
 */
final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof org.hibernate.exception.JDBCConnectionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException) {
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

	/** The innermost message, for a one-line log entry. */
	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 32) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
