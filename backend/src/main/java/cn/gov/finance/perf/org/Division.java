package cn.gov.finance.perf.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 财政区划: the League itself (盟本级), a county (旗县市) or the development zone. */
@Entity
@Table(name = "division")
public class Division {

	@Id
	private String code;

	private String name;

	@Column(name = "division_level")
	private String level;

	private String parentCode;

	private int sortOrder;

	protected Division() {
	}

	public Division(String code, String name, String level, String parentCode, int sortOrder) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentCode = parentCode;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getLevel() {
		return this.level;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
