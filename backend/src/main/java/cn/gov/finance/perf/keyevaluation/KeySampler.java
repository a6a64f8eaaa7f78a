package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The draw of key evaluations (domain.md §3.4: key projects evaluated, general ones sampled at
 * random), as a pure function: every major candidate, and of the others a sample of
 * ceil(rate × n) shuffled by {@link Random} with the given seed. The same candidates in the same
 * order, the same majors, rate and seed always give the same draw.
 */
public final class KeySampler {

	private KeySampler() {
	}

	/**
	 * @param candidates item codes in draw order (the caller sorts them)
	 * @param major the candidates that are major and always selected
	 */
	public static Draw draw(List<String> candidates, Set<String> major, BigDecimal sampleRate, long seed) {
		List<String> majors = candidates.stream().filter(major::contains).toList();
		List<String> others = new ArrayList<>(candidates.stream().filter(c -> !major.contains(c)).toList());
		int size = BigDecimal.valueOf(others.size()).multiply(sampleRate).setScale(0, RoundingMode.CEILING).intValueExact();
		Collections.shuffle(others, new Random(seed));
		List<String> sampled = List.copyOf(others.subList(0, Math.min(size, others.size())));
		return new Draw(List.copyOf(candidates), majors, sampled, sampleRate, seed);
	}

	public record Draw(List<String> candidates, List<String> major, List<String> sampled, BigDecimal sampleRate,
			long seed) {
	}

}
