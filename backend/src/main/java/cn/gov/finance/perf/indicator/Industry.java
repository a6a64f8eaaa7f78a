package cn.gov.finance.perf.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An industry or field with its own indicators (行业指标). */
@Entity
@Table(name = "industry")
public class Industry {

	@Id
	private String code;

	private String name;

	private String nameEn;

	private int sortOrder;

	protected Industry() {
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

	public int getSortOrder() {
		return this.sortOrder;
	}

}
