package cn.gov.finance.perf.overall;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One dimension of a body evaluation: its weight, the body's self-score and finance's score. */
@Entity
@Table(name = "body_evaluation_row")
public class BodyEvaluationRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "evaluation_id")
	private BodyEvaluation evaluation;

	private int sortOrder;

	@Enumerated(EnumType.STRING)
	private BodyDimension dimension;

	private BigDecimal weight;

	private BigDecimal selfScore;

	private String selfNote;

	private BigDecimal score;

	protected BodyEvaluationRow() {
	}

	BodyEvaluationRow(BodyEvaluation evaluation, int sortOrder, BodyDimension dimension, BigDecimal weight) {
		this.evaluation = evaluation;
		this.sortOrder = sortOrder;
		this.dimension = dimension;
		this.weight = weight;
	}

	void selfScore(BigDecimal score, String note) {
		this.selfScore = score;
		this.selfNote = note;
	}

	void score(BigDecimal score) {
		this.score = score;
	}

	public BodyDimension getDimension() {
		return this.dimension;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public BigDecimal getSelfScore() {
		return this.selfScore;
	}

	public String getSelfNote() {
		return this.selfNote;
	}

	public BigDecimal getScore() {
		return this.score;
	}

}
