package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.gov.finance.perf.evaluation.Scoring;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.system.Message;
import jakarta.persistence.Embeddable;

/**
 * One number for each of the four level-1 indicators of a key evaluation (domain.md §3.4):
 * 决策, 过程, 产出, 效益. Used for the plan's weights and for every scorer's scores.
 */
@Embeddable
public class Levels {

	private BigDecimal decision;

	private BigDecimal process;

	private BigDecimal output;

	private BigDecimal effect;

	protected Levels() {
	}

	public Levels(BigDecimal decision, BigDecimal process, BigDecimal output, BigDecimal effect) {
		this.decision = decision;
		this.process = process;
		this.output = output;
		this.effect = effect;
	}

	/** The level-1 indicators in order, with the code of their names on forms and in messages. */
	public enum Level {

		DECISION("keyevaluation.level.decision", Levels::getDecision),
		PROCESS("keyevaluation.level.process", Levels::getProcess),
		OUTPUT("keyevaluation.level.output", Levels::getOutput),
		EFFECT("keyevaluation.level.effect", Levels::getEffect);

		private final String code;

		private final Function<Levels, BigDecimal> value;

		Level(String code, Function<Levels, BigDecimal> value) {
			this.code = code;
			this.value = value;
		}

		/** Its name (决策, 过程, 产出, 效益) in the reader's language, as a message parameter. */
		public Message message() {
			return Message.of(this.code);
		}

		public BigDecimal of(Levels levels) {
			return this.value.apply(levels);
		}

	}

	public BigDecimal total() {
		BigDecimal total = BigDecimal.ZERO;
		for (Level level : Level.values()) {
			BigDecimal value = level.of(this);
			total = total.add(value == null ? BigDecimal.ZERO : value);
		}
		return Scoring.round(total);
	}

	/** Weights: every one present and positive, and together exactly 100. */
	public List<FieldMessage> weightProblems(String field) {
		List<FieldMessage> problems = new ArrayList<>();
		for (Level level : Level.values()) {
			BigDecimal weight = level.of(this);
			if (weight == null || weight.signum() <= 0) {
				problems.add(FieldMessage.of(field + "." + name(level), "keyevaluation.weightPositive", level.message()));
			}
		}
		if (problems.isEmpty() && total().compareTo(Scoring.FULL_MARKS) != 0) {
			problems.add(FieldMessage.of(field, "keyevaluation.weightsTotal", total()));
		}
		return problems;
	}

	/** Scores: every one present, between 0 and its weight. */
	public List<FieldMessage> scoreProblems(String field, Levels weights) {
		List<FieldMessage> problems = new ArrayList<>();
		for (Level level : Level.values()) {
			BigDecimal score = level.of(this);
			BigDecimal weight = level.of(weights);
			if (score == null || score.signum() < 0 || score.compareTo(weight) > 0) {
				problems.add(FieldMessage.of(field + "." + name(level), "keyevaluation.scoreRange", level.message(), weight));
			}
		}
		return problems;
	}

	/** Each level rounded to 2 decimals. */
	public Levels rounded() {
		return new Levels(round(this.decision), round(this.process), round(this.output), round(this.effect));
	}

	/** The per-level mean of several scorers, rounded to 2 decimals. */
	public static Levels mean(List<Levels> scores) {
		BigDecimal n = BigDecimal.valueOf(scores.size());
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (Levels s : scores) {
			for (Level level : Level.values()) {
				sums[level.ordinal()] = sums[level.ordinal()].add(level.of(s));
			}
		}
		return new Levels(Scoring.divide(sums[0], n), Scoring.divide(sums[1], n), Scoring.divide(sums[2], n),
				Scoring.divide(sums[3], n));
	}

	private static BigDecimal round(BigDecimal value) {
		return value == null ? null : Scoring.round(value);
	}

	private static String name(Level level) {
		return level.name().toLowerCase(java.util.Locale.ROOT);
	}

	public BigDecimal getDecision() {
		return this.decision;
	}

	public BigDecimal getProcess() {
		return this.process;
	}

	public BigDecimal getOutput() {
		return this.output;
	}

	public BigDecimal getEffect() {
		return this.effect;
	}

}
