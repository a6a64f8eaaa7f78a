package cn.gov.finance.perf.org;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Names of organisations and divisions for display. Small tables: read whole per request. */
@Component
public class OrgDirectory {

	/** The level of a county division (旗县市). */
	public static final String COUNTY = "COUNTY";

	private final OrgUnitRepository orgUnits;

	private final DivisionRepository divisions;

	OrgDirectory(OrgUnitRepository orgUnits, DivisionRepository divisions) {
		this.orgUnits = orgUnits;
		this.divisions = divisions;
	}

	/**
	 * The counties (旗县市) that have no enabled finance bureau (a top-level {@link OrgKind#FINANCE}
	 * organisation of the division): the appraisal cannot give them an entry.
	 */
	public List<Division> countiesWithoutFinance() {
		java.util.Set<String> covered = this.orgUnits.findAll()
			.stream()
			.filter(o -> o.getKind() == OrgKind.FINANCE && o.getParentCode() == null && !o.isDisabled())
			.map(OrgUnit::getDivisionCode)
			.collect(Collectors.toSet());
		return this.divisions.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.filter(d -> COUNTY.equals(d.getLevel()) && !covered.contains(d.getCode()))
			.toList();
	}

	public Names names() {
		return new Names(
				this.orgUnits.findAll().stream().collect(Collectors.toMap(OrgUnit::getCode, Function.identity())),
				this.divisions.findAll().stream().collect(Collectors.toMap(Division::getCode, Division::getName)));
	}

	public record Names(Map<String, OrgUnit> orgs, Map<String, String> divisions) {

		public String org(String code) {
			OrgUnit org = code == null ? null : this.orgs.get(code);
			return org == null ? null : org.getName();
		}

		public String division(String code) {
			return code == null ? null : this.divisions.get(code);
		}

	}

}
