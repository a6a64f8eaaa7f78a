package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The application decides dates in {@code app.time-zone} on the engine clock; code that reads the
 * wall clock or the JVM's zone instead disagrees with it for part of every day (from 16:00 UTC the
 * date in Asia/Shanghai is already tomorrow). Only {@link AppClock} may touch the clock.
 */
class OneClockTest {

	private static final Pattern WALL_CLOCK = Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime"
			+ "|OffsetDateTime|Year|YearMonth|MonthDay)\\.now\\(|System\\.currentTimeMillis\\(|new Date\\(\\)"
			+ "|ZoneId\\.systemDefault\\(|TimeZone\\.getDefault\\(|Clock\\.system");

	@Test
	void onlyTheAppClockReadsTheClock() throws IOException {
		List<String> offenders = new ArrayList<>();
		int scanned = 0;
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					if (file.endsWith("AppClock.java") || file.endsWith("OneClockTest.java")) {
						continue;
					}
					scanned++;
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						Matcher matcher = WALL_CLOCK.matcher(lines.get(i));
						if (matcher.find()) {
							offenders.add(file + ":" + (i + 1) + " " + lines.get(i).trim());
						}
					}
				}
			}
		}
		assertThat(scanned).as("source files scanned").isGreaterThan(100);
		assertThat(offenders).as("reads of the wall clock outside AppClock (use AppClock or ClockUtil)").isEmpty();
	}

}
