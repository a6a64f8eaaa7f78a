package cn.gov.finance.perf.keyevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The key-evaluation draw: majors always, a ceil(rate × n) sample of the rest, reproducible by seed. */
class KeySamplerTest {

	static final List<String> CANDIDATES = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("XM2030-%04d", i)).toList();

	static final Set<String> MAJOR = Set.of("XM2030-0003", "XM2030-0017");

	@Test
	void shouldTakeEveryMajorItemAndSampleTheRestByRate() {
		KeySampler.Draw draw = KeySampler.draw(CANDIDATES, MAJOR, new BigDecimal("0.2"), 42L);

		assertThat(draw.major()).containsExactly("XM2030-0003", "XM2030-0017");
		// 38 others × 0.2 = 7.6 → 8
		assertThat(draw.sampled()).hasSize(8).doesNotContainAnyElementsOf(MAJOR).doesNotHaveDuplicates();
		assertThat(CANDIDATES).containsAll(draw.sampled());
	}

	@Test
	void shouldRepeatTheSameDrawFromTheSameSeed() {
		KeySampler.Draw first = KeySampler.draw(CANDIDATES, MAJOR, new BigDecimal("0.2"), 20300101L);
		KeySampler.Draw again = KeySampler.draw(CANDIDATES, MAJOR, new BigDecimal("0.2"), 20300101L);

		assertThat(again.sampled()).isEqualTo(first.sampled());
	}

	@Test
	void shouldDrawDifferentSamplesFromDifferentSeeds() {
		Set<List<String>> samples = new HashSet<>();
		for (long seed = 1; seed <= 5; seed++) {
			samples.add(KeySampler.draw(CANDIDATES, MAJOR, new BigDecimal("0.2"), seed).sampled());
		}
		assertThat(samples).hasSizeGreaterThan(1);
	}

	@Test
	void shouldSampleNothingAtRateZeroAndEverythingAtRateOne() {
		assertThat(KeySampler.draw(CANDIDATES, MAJOR, BigDecimal.ZERO, 7L).sampled()).isEmpty();
		assertThat(KeySampler.draw(CANDIDATES, MAJOR, BigDecimal.ONE, 7L).sampled()).hasSize(38);
		assertThat(KeySampler.draw(List.of(), Set.of(), BigDecimal.ONE, 7L).sampled()).isEmpty();
	}

}
