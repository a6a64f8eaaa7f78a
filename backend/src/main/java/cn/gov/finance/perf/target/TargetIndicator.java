package cn.gov.finance.perf.target;

import java.math.BigDecimal;

import cn.gov.finance.perf.indicator.IndicatorComparator;
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

/** One third-level indicator of a target sheet: what is promised, against which comparator, with what weight. */
@Entity
@Table(name = "target_indicator")
public class TargetIndicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "sheet_id")
	private TargetSheet sheet;

	private int sortOrder;

	private String level1;

	private String level2;

	private String name;

	private Long indicatorId;

	@Enumerated(EnumType.STRING)
	private IndicatorComparator comparator;

	private BigDecimal targetValue;

	private String targetText;

	private String unit;

	private BigDecimal weight;

	protected TargetIndicator() {
	}

	TargetIndicator(TargetSheet sheet, int sortOrder, TargetSheetForm.TargetIndicatorInput input) {
		this.sheet = sheet;
		this.sortOrder = sortOrder;
		this.level1 = input.level1();
		this.level2 = input.level2();
		this.name = input.name() == null ? "" : input.name().trim();
		this.indicatorId = input.indicatorId();
		this.comparator = input.comparator();
		boolean numeric = input.comparator() == null || input.comparator().numeric();
		this.targetValue = numeric ? input.targetValue() : null;
		this.targetText = numeric ? null : blankToNull(input.targetText());
		this.unit = numeric ? blankToNull(input.unit()) : null;
		this.weight = input.weight();
	}

	TargetIndicator copyTo(TargetSheet other) {
		TargetIndicator copy = new TargetIndicator();
		copy.sheet = other;
		copy.sortOrder = this.sortOrder;
		copy.level1 = this.level1;
		copy.level2 = this.level2;
		copy.name = this.name;
		copy.indicatorId = this.indicatorId;
		copy.comparator = this.comparator;
		copy.targetValue = this.targetValue;
		copy.targetText = this.targetText;
		copy.unit = this.unit;
		copy.weight = this.weight;
		return copy;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getLevel1() {
		return this.level1;
	}

	public String getLevel2() {
		return this.level2;
	}

	public String getName() {
		return this.name;
	}

	public Long getIndicatorId() {
		return this.indicatorId;
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

}
