package cn.gov.finance.perf.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One dimension of the assessment template for a kind of item, with its maximum score (configurable). */
@Entity
@Table(name = "assessment_dimension")
@IdClass(AssessmentDimension.Key.class)
public class AssessmentDimension {

	@Id
	private String itemKind;

	@Id
	private String code;

	private String name;

	private String nameEn;

	private BigDecimal maxScore;

	private int sortOrder;

	protected AssessmentDimension() {
	}

	public String getItemKind() {
		return this.itemKind;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public BigDecimal getMaxScore() {
		return this.maxScore;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public record Key(String itemKind, String code) implements Serializable {

		public Key() {
			this(null, null);
		}
	}

}
