package cn.gov.finance.perf.system;

import java.util.Locale;

/**
 * Patterns for SQL {@code like … escape '!'}, the same on H2 and MySQL: the text's own {@code !},
 * {@code %} and {@code _} are escaped, so a search for "50%" finds "50%" and not everything.
 */
public final class SqlLike {

	private SqlLike() {
	}

	/** The text with {@code !}, {@code %} and {@code _} escaped by {@code !}. */
	public static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/** A pattern for columns compared in lower case that contain the trimmed text. */
	public static String containsLower(String text) {
		return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
	}

}
