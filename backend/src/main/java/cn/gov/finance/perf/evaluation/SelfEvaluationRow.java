package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;

import cn.gov.finance.perf.evaluation.Scoring.Achievement;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.target.TargetIndicator;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One indicator of a self-evaluation: the approved target, the actual value and its score. */
@Entity
@Table(name = "self_evaluation_row")
public class SelfEvaluationRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evaluation_id")
	private SelfEvaluation evaluation;

	private int sortOrder;

	private String level1;

	private String name;

	@Enumerated(EnumType.STRING)
	private IndicatorComparator comparator;

	private BigDecimal targetValue;

	private String targetText;

	private String unit;

	private BigDecimal weight;

	private BigDecimal actualValue;

	private String actualText;

	@Enumerated(EnumType.STRING)
	private Achievement achievement;

	private BigDecimal score;

	private String explanation;

	protected SelfEvaluationRow() {
	}

	SelfEvaluationRow(SelfEvaluation evaluation, int sortOrder, TargetIndicator target) {
		this.evaluation = evaluation;
		this.sortOrder = sortOrder;
		this.level1 = target.getLevel1();
		this.name = target.getName();
		this.comparator = target.getComparator();
		this.targetValue = target.getTargetValue();
		this.targetText = target.getTargetText();
		this.unit = target.getUnit();
		this.weight = target.getWeight();
	}

	void fill(SelfEvaluationForms.RowInput input, BigDecimal score) {
		this.actualValue = input.actualValue();
		this.actualText = input.actualText();
		this.achievement = input.achievement();
		this.explanation = input.explanation();
		this.score = score;
	}

	void rescore(BigDecimal score) {
		this.score = score;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getLevel1() {
		return this.level1;
	}

	public String getName() {
		return this.name;
	}

	public IndicatorComparator getComparator() {
		return this.comparator;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public String getTargetText() {
		return this.targetText;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public BigDecimal getActualValue() {
		return this.actualValue;
	}

	public String getActualText() {
		return this.actualText;
	}

	public Achievement getAchievement() {
		return this.achievement;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public String getExplanation() {
		return this.explanation;
	}

}
