package cn.gov.finance.perf.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the standard indicator tree: level 1 (产出/效益/满意度) or level 2 (数量, 质量…). */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory {

	@Id
	private String code;

	private String parentCode;

	private int levelNo;

	private String name;

	private String nameEn;

	private int sortOrder;

	protected IndicatorCategory() {
	}

	public String getCode() {
		return this.code;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public int getLevelNo() {
		return this.levelNo;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
