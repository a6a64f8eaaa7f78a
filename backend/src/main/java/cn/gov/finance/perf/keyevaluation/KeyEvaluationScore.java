package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One scorer's level-1 scores of a key evaluation: the evaluator's, or an expert's. Rescoring replaces them. */
@Entity
@Table(name = "key_evaluation_score")
public class KeyEvaluationScore {

	/** Who scored. */
	public enum ScorerRole {

		/** 评价实施方（财政或第三方机构） */
		EVALUATOR,
		/** 专家 */
		EXPERT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long keyEvaluationId;

	@Enumerated(EnumType.STRING)
	private ScorerRole scorerRole;

	private String scorerId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "decision", column = @Column(name = "score_decision")),
			@AttributeOverride(name = "process", column = @Column(name = "score_process")),
			@AttributeOverride(name = "output", column = @Column(name = "score_output")),
			@AttributeOverride(name = "effect", column = @Column(name = "score_effect")) })
	private Levels scores;

	private BigDecimal totalScore;

	private String opinion;

	private Instant scoredAt;

	protected KeyEvaluationScore() {
	}

	KeyEvaluationScore(Long keyEvaluationId, ScorerRole scorerRole, String scorerId) {
		this.keyEvaluationId = keyEvaluationId;
		this.scorerRole = scorerRole;
		this.scorerId = scorerId;
	}

	void score(Levels scores, String opinion) {
		this.scores = scores.rounded();
		this.totalScore = this.scores.total();
		this.opinion = opinion.trim();
		this.scoredAt = AppClock.instant();
	}

	public ScorerRole getScorerRole() {
		return this.scorerRole;
	}

	public String getScorerId() {
		return this.scorerId;
	}

	public Levels getScores() {
		return this.scores;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public Instant getScoredAt() {
		return this.scoredAt;
	}

}
