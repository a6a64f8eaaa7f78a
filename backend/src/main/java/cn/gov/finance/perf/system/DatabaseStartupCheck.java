package cn.gov.finance.perf.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Fails the start, before Flyway or Camunda touch the database, when the database cannot work:
 * unreachable, REPEATABLE READ isolation, missing {@code sendFractionalSeconds=false} or
 * {@code nullDatabaseMeansCurrent=true}, or a non-utf8mb4 schema on MySQL. {@link DatabaseFailureAnalyzer} prints the reason and the fix.
 */
@Component
class DatabaseStartupCheck implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy)) {
			check(dataSource);
		}
		return bean;
	}

	static void check(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			String url = meta.getURL();
			String lower = product.toLowerCase(Locale.ROOT);
			if (lower.contains("mysql") || lower.contains("mariadb")) {
				checkMySql(connection, url);
			}
			else if (!lower.contains("h2")) {
				throw new DatabaseMisconfiguredException("Unsupported database " + product,
						"Use MySQL 8 (profile 'mysql') or the embedded H2 default.");
			}
			log.info("Database {} {} at {} passed the startup check", product, meta.getDatabaseProductVersion(), url);
		}
		catch (SQLException ex) {
			throw new DatabaseMisconfiguredException("Cannot connect to the database: " + ex.getMessage(),
					"Check DB_URL, DB_USERNAME and DB_PASSWORD (see README.md, 'Running on MySQL') "
							+ "and that the server is running and the database exists.");
		}
	}

	private static void checkMySql(Connection connection, String url) throws SQLException {
		if (url == null || !url.toLowerCase(Locale.ROOT).contains("sendfractionalseconds=false")) {
			throw new DatabaseMisconfiguredException("The MySQL URL lacks sendFractionalSeconds=false",
					"Camunda needs it on MySQL: append ?sendFractionalSeconds=false to DB_URL.");
		}
		if (!url.toLowerCase(Locale.ROOT).contains("nulldatabasemeanscurrent=true")) {
			throw new DatabaseMisconfiguredException("The MySQL URL lacks nullDatabaseMeansCurrent=true",
					"Without it Camunda sees the ACT_* tables of other schemas on the same server and skips creating "
							+ "its own: append &nullDatabaseMeansCurrent=true to DB_URL.");
		}
		if (connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
			throw new DatabaseMisconfiguredException("The connection isolation is not READ COMMITTED",
					"Camunda 7.22+ refuses REPEATABLE READ: keep spring.datasource.hikari.transaction-isolation="
							+ "TRANSACTION_READ_COMMITTED or set transaction-isolation=READ-COMMITTED on the server.");
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select @@character_set_database")) {
			if (rs.next() && !rs.getString(1).toLowerCase(Locale.ROOT).startsWith("utf8mb4")) {
				throw new DatabaseMisconfiguredException(
						"The database character set is " + rs.getString(1) + ", not utf8mb4",
						"Create the database with CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci (see README.md).");
			}
		}
	}

}
