package cn.gov.finance.perf.org;

import java.util.Objects;
import java.util.stream.Stream;

import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Component;

/**
 * Commissioning a third-party institution (domain.md §2, §5 example 14): it must be one, and it
 * must be independent of the evaluated department and unit.
 */
@Component
public class ThirdParties {

	private final OrgUnitRepository orgUnits;

	private final OrgLinkRepository links;

	ThirdParties(OrgUnitRepository orgUnits, OrgLinkRepository links) {
		this.orgUnits = orgUnits;
		this.links = links;
	}

	/** The third party, if it may work on a body of this department and unit; otherwise a field error. */
	public OrgUnit requireIndependent(String field, String thirdPartyCode, String departmentCode, String unitCode) {
		OrgUnit thirdParty = this.orgUnits.findById(thirdPartyCode == null ? "" : thirdPartyCode)
			.filter(org -> org.getKind() == OrgKind.THIRD_PARTY)
			.orElseThrow(() -> DomainException.invalid(field, "org.notAThirdParty"));
		if (thirdParty.isDisabled()) {
			throw DomainException.rule(field, "org.disabled", thirdParty.getName());
		}
		var conflicts = this.links.findByThirdPartyCodeAndOrgCodeIn(thirdParty.getCode(),
				Stream.of(departmentCode, unitCode).filter(Objects::nonNull).toList());
		if (!conflicts.isEmpty()) {
			OrgLink link = conflicts.get(0);
			throw DomainException.rule(field, "org.thirdPartyLinked", thirdParty.getName(), link.getRelation());
		}
		return thirdParty;
	}

}
