package cn.gov.finance.perf.org;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A tie between a third-party institution and a body (it audits it, advises it, belongs to the same
 * group…) that makes the institution not independent of that body.
 */
@Entity
@Table(name = "org_link")
@IdClass(OrgLink.Key.class)
public class OrgLink {

	@Id
	private String thirdPartyCode;

	@Id
	private String orgCode;

	private String relation;

	protected OrgLink() {
	}

	public OrgLink(String thirdPartyCode, String orgCode, String relation) {
		this.thirdPartyCode = thirdPartyCode;
		this.orgCode = orgCode;
		this.relation = relation;
	}

	public String getThirdPartyCode() {
		return this.thirdPartyCode;
	}

	public String getOrgCode() {
		return this.orgCode;
	}

	public String getRelation() {
		return this.relation;
	}

	public record Key(String thirdPartyCode, String orgCode) implements Serializable {

		public Key() {
			this(null, null);
		}
	}

}
