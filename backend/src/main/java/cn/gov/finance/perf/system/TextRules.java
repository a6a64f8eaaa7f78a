package cn.gov.finance.perf.system;

import org.springframework.lang.Nullable;

/**
 * What text the application accepts, for every text field of every request (JSON bodies through
 * {@link StrictJsonConfig}, file names and query text through {@link SafeText}):
 * <ul>
 * <li>refused: a lone (unpaired) UTF-16 surrogate, which no character encodes and which breaks
 * storage and exports; the bidirectional embedding, override and isolate controls U+202A–U+202E and
 * U+2066–U+2069, which make text display differently from what it is ("Trojan Source", file names
 * like "report\u202Efdp.exe");</li>
 * <li>removed: the invisible U+200B zero width space, U+2060 word joiner and U+FEFF zero width
 * no-break space (byte order mark) anywhere, so that two names that look the same are the same; the
 * zero width (non-)joiners U+200C/U+200D only at the start and end, since inside Mongolian script and
 * emoji sequences they shape the text.</li>
 * </ul>
 */
public final class TextRules {

	private TextRules() {
	}

	/** Why the text is refused ({@code text.*} messages), or {@code null} when it is acceptable. */
	@Nullable
	public static Message problem(@Nullable CharSequence text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return Message.of("text.unpairedSurrogate", hex(c), i);
			}
			if (Character.isLowSurrogate(c)) {
				return Message.of("text.unpairedSurrogate", hex(c), i);
			}
			if (isBidiControl(c)) {
				return Message.of("text.bidiControl", hex(c), i);
			}
		}
		return null;
	}

	/** The text without its invisible characters (see the class comment); refused text is not checked here. */
	@Nullable
	public static String clean(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
				continue;
			}
			if (out != null) {
				out.append(c);
			}
		}
		String kept = out == null ? text : out.toString();
		int start = 0;
		int end = kept.length();
		while (start < end && isJoiner(kept.charAt(start))) {
			start++;
		}
		while (end > start && isJoiner(kept.charAt(end - 1))) {
			end--;
		}
		return (start == 0 && end == kept.length()) ? kept : kept.substring(start, end);
	}

	static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static boolean isJoiner(char c) {
		return c == '\u200C' || c == '\u200D';
	}

	private static String hex(char c) {
		return String.format("%04X", (int) c);
	}

}
