package cn.gov.finance.perf.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department, unit or other body. Its members are the Camunda group {@code org-<code>}. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrgKind kind;

	private String parentCode;

	private String divisionCode;

	private int sortOrder;

	private boolean disabled;

	protected OrgUnit() {
	}

	public OrgUnit(String code, String name, OrgKind kind, String parentCode, String divisionCode, int sortOrder) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentCode = parentCode;
		this.divisionCode = divisionCode;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public OrgKind getKind() {
		return this.kind;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public String getDivisionCode() {
		return this.divisionCode;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/** Disabled by an administrator: kept for the record, takes no new part (appraisal, new memberships). */
	public boolean isDisabled() {
		return this.disabled;
	}

	public void change(String name, OrgKind kind, String parentCode, String divisionCode, int sortOrder) {
		this.name = name;
		this.kind = kind;
		this.parentCode = parentCode;
		this.divisionCode = divisionCode;
		this.sortOrder = sortOrder;
	}

	public void setDisabled(boolean disabled) {
		this.disabled = disabled;
	}

}
