package cn.gov.finance.perf;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on H2 by default; with {@code TEST_DB=mysql} (as in CI's second run) they run on the
 * MySQL-compatible server configured by DB_URL, DB_USERNAME and DB_PASSWORD.
 */
public class TestProfiles implements ActiveProfilesResolver {

	public static boolean onMySql() {
		return "mysql".equalsIgnoreCase(System.getenv("TEST_DB"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return onMySql() ? new String[] { "mysql", "test" } : new String[] { "test", "test-h2" };
	}

}
