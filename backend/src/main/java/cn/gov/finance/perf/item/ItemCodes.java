package cn.gov.finance.perf.item;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues item codes like {@code XM2026-0001}: per kind and fiscal year, gap-free within committed
 * transactions. The counter row is locked by the update until the creating transaction ends, so
 * concurrent proposals never receive the same code.
 */
@Component
class ItemCodes {

	private final JdbcTemplate jdbc;

	ItemCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next(ItemKind kind, int fiscalYear) {
		String key = kind.codePrefix() + fiscalYear;
		return "%s-%04d".formatted(key, nextValue(key));
	}

	private long nextValue(String key) {
		int updated = this.jdbc.update("update code_counter set next_value = next_value + 1 where counter_key = ?", key);
		if (updated == 0) {
			try {
				this.jdbc.update("insert into code_counter (counter_key, next_value) values (?, 1)", key);
				return 1;
			}
			catch (DuplicateKeyException raced) {
				return nextValue(key);
			}
		}
		return this.jdbc.queryForObject("select next_value from code_counter where counter_key = ?", Long.class, key);
	}

}
