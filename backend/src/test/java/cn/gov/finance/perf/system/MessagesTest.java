package cn.gov.finance.perf.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message files and the code agree: every message exists in Chinese and English with the same
 * parameters, no code is defined twice, and every code the main code uses has its texts — so no
 * user ever reads a bare code or an untranslated text.
 */
class MessagesTest {

	private static final Pattern PARAM = Pattern.compile("\\{(\\d+)[^}]*}");

	/** A code: dotted words, no spaces, no Chinese (a literal text where a code belongs fails here). */
	private static final Pattern CODE = Pattern.compile("[a-zA-Z][\\w-]*(\\.[\\w-]+)+");

	/**
	 * The literal ends the argument or starts a concatenation. A code put together from a prefix
	 * ({@code "title." + type}) is checked by a test of its own; a text followed by {@code +} is still
	 * found.
	 */
	private static final String END = "(?=\\s*[,)+])";

	/** The calls that take a message code, and where in the call it is. */
	/** An argument before the code: names, literals, concatenations and calls without nested calls. */
	private static final String ARG = "(?:[^\"(),]|\"[^\"]*\"|\\([^()]*\\))+?";

	/** The calls that take a message code, and where in the call it is. */
	private static final List<Pattern> USES = List.of(
			Pattern.compile("(?<!Field)Message\\.of\\(\\s*\"([^\"]*)\"" + END),
			Pattern.compile("FieldMessage\\.of\\(\\s*" + ARG + ",\\s*\"([^\"]*)\"" + END),
			Pattern.compile("DomainException\\.(?:forbidden|conflict)\\(\\s*\"([^\"]*)\"" + END),
			Pattern.compile("DomainException\\.(?:invalid|rule)\\(\\s*" + ARG + ",\\s*\"([^\"]*)\"" + END),
			Pattern.compile("message = \"\\{([^}\"]*)}\""),
			Pattern.compile("Separation\\.of\\(\\s*[\\w.]+,\\s*\"([^\"]*)\""));

	private static final Pattern NOT_FOUND = Pattern.compile("DomainException\\.notFound\\(\\s*\"([^\"]*)\"");

	private static final Pattern LITERAL_FIELD_MESSAGE = Pattern.compile("new FieldMessage\\(\\s*[^,]+,\\s*\"");

	@Test
	void everyMessageIsInBothLanguagesWithTheSameParameters() throws IOException {
		Map<String, Properties> files = files();
		assertThat(files).isNotEmpty();
		List<String> problems = new ArrayList<>();
		Map<String, String> definedIn = new HashMap<>();
		files.forEach((name, zh) -> {
			if (name.endsWith("_en")) {
				return;
			}
			Properties en = files.get(name + "_en");
			if (en == null) {
				problems.add(name + ": no " + name + "_en.properties");
				return;
			}
			Set<String> keys = new TreeSet<>(zh.stringPropertyNames());
			keys.addAll(en.stringPropertyNames());
			for (String key : keys) {
				String previous = definedIn.put(key, name);
				if (previous != null) {
					problems.add(key + ": defined in " + previous + " and " + name);
				}
				String zhText = zh.getProperty(key);
				String enText = en.getProperty(key);
				if (zhText == null || enText == null) {
					problems.add(name + ": " + key + " has no " + (zhText == null ? "Chinese" : "English") + " text");
					continue;
				}
				if (!params(zhText).equals(params(enText))) {
					problems.add(name + ": " + key + " has parameters " + params(zhText) + " in Chinese, " + params(enText) + " in English");
				}
				for (String text : List.of(zhText, enText)) {
					if (!params(text).isEmpty() && text.replace("''", "").contains("'")) {
						problems.add(name + ": " + key + " has a single ' (write '' in a message with parameters): " + text);
					}
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyCodeTheCodeUsesHasItsTexts() throws IOException {
		Set<String> keys = new TreeSet<>();
		files().forEach((name, properties) -> keys.addAll(properties.stringPropertyNames()));
		List<String> problems = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				String file = source.getFileName().toString();
				for (Pattern use : USES) {
					Matcher m = use.matcher(code);
					while (m.find()) {
						check(file, m.group(1), keys, problems);
					}
				}
				Matcher notFound = NOT_FOUND.matcher(code);
				while (notFound.find()) {
					check(file, "notFound." + DomainException.camel(notFound.group(1)), keys, problems);
				}
				if (LITERAL_FIELD_MESSAGE.matcher(code).find()) {
					problems.add(file + ": a FieldMessage with a literal text; use FieldMessage.of(field, code, params…)");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theUsesAreFound() {
		// The patterns above must see the forms the code writes; a pattern that matches nothing checks nothing.
		assertThat(code(2, "DomainException.forbidden(\"item.otherDepartment\", code)")).isEqualTo("item.otherDepartment");
		assertThat(code(3, "DomainException.invalid(\"name\", \"filter.duplicateName\", trimmed)")).isEqualTo("filter.duplicateName");
		assertThat(code(3, "DomainException.rule(null, \"x.y\")")).isEqualTo("x.y");
		assertThat(code(1, "FieldMessage.of(at + \"level1\", \"target.level1\")")).isEqualTo("target.level1");
		assertThat(code(1, "FieldMessage.of(\"scores[\" + i + \"]\", \"a.b\", x)")).isEqualTo("a.b");
		assertThat(code(1, "FieldMessage.of(field.apply(i), \"a.b\")")).isEqualTo("a.b");
		assertThat(code(0, "Message.of(\"task.claimedBy\", name)")).isEqualTo("task.claimedBy");
		assertThat(code(0, "FieldMessage.of(\"x\", \"a.b\")")).isNull();
		assertThat(code(5, "Separation.of(TASK_FILL, \"separation.target.fill\", EDIT)")).isEqualTo("separation.target.fill");
		assertThat(CODE.matcher("项目不存在").matches()).isFalse();
		assertThat(CODE.matcher("Only administrators unlock accounts").matches()).isFalse();
	}

	private static String code(int use, String call) {
		Matcher m = USES.get(use).matcher(call);
		return m.find() ? m.group(1) : null;
	}

	@Test
	void everyProblemTypeHasATitle() throws IOException {
		Set<String> keys = new TreeSet<>();
		files().forEach((name, properties) -> keys.addAll(properties.stringPropertyNames()));
		for (ProblemType type : ProblemType.values()) {
			assertThat(keys).contains("title." + type.name());
		}
	}

	private static void check(String file, String code, Set<String> keys, List<String> problems) {
		if (code.endsWith(".") && CODE.matcher(code + "x").matches()) {
			return;
		}
		if (!CODE.matcher(code).matches()) {
			problems.add(file + ": \"" + code + "\" is a text, not a message code");
		}
		else if (!keys.contains(code)) {
			problems.add(file + ": " + code + " is in no messages/*.properties");
		}
	}

	private static Set<String> params(String text) {
		Set<String> params = new TreeSet<>();
		Matcher m = PARAM.matcher(text);
		while (m.find()) {
			params.add(m.group(1));
		}
		return params;
	}

	private static Map<String, Properties> files() throws IOException {
		Map<String, Properties> files = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + MessagesConfig.LOCATION + "*.properties")) {
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			String name = resource.getFilename();
			files.put(name.substring(0, name.length() - ".properties".length()), properties);
		}
		return files;
	}

}
