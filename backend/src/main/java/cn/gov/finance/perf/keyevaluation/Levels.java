package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.gov.finance.perf.evaluation.Scoring;
import cn.gov.finance.perf.system.FieldMessage;
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

	/** The level-1 indicators in order, with their names on forms and in messages. */
	public enum Level {

		DECISION("决策", Levels::getDecision), PROCESS("过程", Levels::getProcess), OUTPUT("产出", Levels::getOutput),
		EFFECT("效益", Levels::getEffect);

		private final String label;

		private final Function<Levels, BigDecimal> value;

		Level(String label, Function<Levels, BigDecimal> value) {
			this.label = label;
			this.value = value;
		}

		public String label() {
			return this.label;
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
				problems.add(new FieldMessage(field + "." + name(level), level.label() + "权重须大于 0"));
			}
		}
		if (problems.isEmpty() && total().compareTo(Scoring.FULL_MARKS) != 0) {
			problems.add(new FieldMessage(field, "一级指标权重合计须为 100，当前为 " + total().stripTrailingZeros().toPlainString()));
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
				problems.add(new FieldMessage(field + "." + name(level),
						level.label() + "得分须在 0 至 " + weight.stripTrailingZeros().toPlainString() + " 之间"));
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
