package cn.gov.finance.perf.org;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data for forms and filters: divisions and organisations. */
@RestController
@RequestMapping("/api")
class OrgController {

	private final OrgUnitRepository orgUnits;

	private final DivisionRepository divisions;

	OrgController(OrgUnitRepository orgUnits, DivisionRepository divisions) {
		this.orgUnits = orgUnits;
		this.divisions = divisions;
	}

	@Operation(summary = "All organisations (departments, units, finance, third parties…), disabled ones flagged")
	@GetMapping("/orgs")
	List<OrgView> orgs() {
		return this.orgUnits.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.map(org -> new OrgView(org.getCode(), org.getName(), org.getKind(), org.getParentCode(),
					org.getDivisionCode(), org.isDisabled()))
			.toList();
	}

	@Operation(summary = "Administrative divisions (盟本级, 旗县市, 开发区)")
	@GetMapping("/divisions")
	List<DivisionView> divisions() {
		return this.divisions.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.map(d -> new DivisionView(d.getCode(), d.getName(), d.getLevel(), d.getParentCode()))
			.toList();
	}

	/** An organisation; a disabled one is listed for its name in past records, and offered for no new work. */
	record OrgView(String code, String name, OrgKind kind, @Nullable String parentCode, String divisionCode,
			boolean disabled) {
	}

	record DivisionView(String code, String name, String level, @Nullable String parentCode) {
	}

}
