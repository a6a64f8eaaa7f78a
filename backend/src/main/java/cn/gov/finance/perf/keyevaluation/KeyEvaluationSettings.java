package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;

import cn.gov.finance.perf.system.AppClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable rules of key evaluation: what makes an item major, the share of the other items
 * drawn at random, and the default level-1 weights of a plan (决策/过程/产出/效益, together 100).
 */
@Component
public class KeyEvaluationSettings {

	private final BigDecimal majorAmount;

	private final BigDecimal sampleRate;

	private final Levels defaultWeights;

	KeyEvaluationSettings(@Value("${app.key-evaluation.major-amount:5000000}") BigDecimal majorAmount,
			@Value("${app.key-evaluation.sample-rate:0.2}") BigDecimal sampleRate,
			@Value("${app.key-evaluation.weights.decision:15}") BigDecimal decision,
			@Value("${app.key-evaluation.weights.process:15}") BigDecimal process,
			@Value("${app.key-evaluation.weights.output:35}") BigDecimal output,
			@Value("${app.key-evaluation.weights.effect:35}") BigDecimal effect) {
		this.majorAmount = majorAmount;
		this.sampleRate = sampleRate;
		this.defaultWeights = new Levels(decision, process, output, effect);
		if (!this.defaultWeights.weightProblems("app.key-evaluation.weights").isEmpty()) {
			throw new IllegalStateException("app.key-evaluation.weights must be positive and sum to 100: "
					+ this.defaultWeights.weightProblems("app.key-evaluation.weights"));
		}
	}

	public BigDecimal majorAmount() {
		return this.majorAmount;
	}

	public BigDecimal sampleRate() {
		return this.sampleRate;
	}

	public Levels defaultWeights() {
		return this.defaultWeights;
	}

}
