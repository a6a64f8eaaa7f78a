package cn.gov.finance.perf.chain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The canonical text of a decision row and the chain's hash. The text is every column of the row as
 * the database holds it, by column name, one {@code name=value} per line: numbers without trailing
 * zeros, times to the second, binary content as its SHA-256 — so the same row reads the same on
 * every read, and any change to any column changes it.
 */
final class Canonical {

	static final String SM3 = "SM3";

	static final String SHA_256 = "SHA-256";

	/** The hash before the first link of a chain. */
	static final String GENESIS = "0";

	private Canonical() {
	}

	static String of(String table, ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, String> columns = new TreeMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
		}
		StringBuilder text = new StringBuilder("table=").append(table).append('\n');
		columns.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
		return text.toString();
	}

	private static String value(Object value) throws SQLException {
		if (value == null) {
			return "\u2205";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (value instanceof LocalDateTime time) {
			return time.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof byte[] bytes) {
			return "sha256:" + hash(SHA_256, bytes);
		}
		if (value instanceof Blob blob) {
			return "sha256:" + hash(SHA_256, blob.getBytes(1, (int) blob.length()));
		}
		if (value instanceof Clob clob) {
			return escape(clob.getSubString(1, (int) clob.length()));
		}
		return escape(value.toString());
	}

	/** Line breaks in a value would read as a new column: escape them (and the escape). */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** The link's hash: H(previous hash, a line break, the content), hex. */
	static String link(String algorithm, String previousHash, String content) {
		return hash(algorithm, (previousHash + "\n" + content).getBytes(StandardCharsets.UTF_8));
	}

	static String hash(String algorithm, byte[] bytes) {
		if (SM3.equals(algorithm)) {
			SM3Digest digest = new SM3Digest();
			digest.update(bytes, 0, bytes.length);
			byte[] out = new byte[digest.getDigestSize()];
			digest.doFinal(out, 0);
			return HexFormat.of().formatHex(out);
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Unknown hash algorithm " + algorithm, ex);
		}
	}

}
