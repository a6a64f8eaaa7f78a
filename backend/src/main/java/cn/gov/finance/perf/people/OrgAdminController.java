package cn.gov.finance.perf.people;

import java.net.URI;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.people.PeopleOrgs.CountyWithoutFinance;
import cn.gov.finance.perf.people.PeopleOrgs.OrgEntry;
import cn.gov.finance.perf.people.PeopleOrgs.OrgOverview;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations, for administrators, with the counties that have no finance bureau. */
@RestController
@RequestMapping("/api/admin/people/orgs")
class OrgAdminController {

	private final PeopleOrgs orgs;

	OrgAdminController(PeopleOrgs orgs) {
		this.orgs = orgs;
	}

	@Operation(summary = "Every organisation (disabled ones too) and the counties without an enabled finance bureau")
	@GetMapping
	OrgOverview list(@AuthenticationPrincipal AppUser admin) {
		PeopleAccess.requireAdmin(admin);
		return this.orgs.overview();
	}

	@Operation(summary = "The counties (旗县市) without an enabled finance bureau: the appraisal names them as left out")
	@GetMapping("/counties-without-finance")
	List<CountyWithoutFinance> countiesWithoutFinance(@AuthenticationPrincipal AppUser admin) {
		PeopleAccess.requireAdmin(admin);
		return this.orgs.countiesWithoutFinance();
	}

	@Operation(summary = "Create an organisation and its group; 409 if the code exists")
	@PostMapping
	ResponseEntity<OrgEntry> create(@AuthenticationPrincipal AppUser admin, @Valid @RequestBody NewOrg form) {
		PeopleAccess.requireAdmin(admin);
		OrgEntry created = this.orgs.create(form.code(), form.data());
		return ResponseEntity.created(URI.create("/api/admin/people/orgs/" + created.code())).body(created);
	}

	@Operation(summary = "Change an organisation's name, kind, parent, division or order (the code stays)")
	@PutMapping("/{code}")
	OrgEntry update(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 32) String code,
			@Valid @RequestBody OrgChange form) {
		PeopleAccess.requireAdmin(admin);
		return this.orgs.update(code, form.data());
	}

	@Operation(summary = "Disable an organisation: kept for the record, takes no part in new appraisals")
	@PostMapping("/{code}/disable")
	OrgEntry disable(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 32) String code) {
		PeopleAccess.requireAdmin(admin);
		return this.orgs.setDisabled(code, true);
	}

	@Operation(summary = "Enable a disabled organisation again")
	@PostMapping("/{code}/enable")
	OrgEntry enable(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 32) String code) {
		PeopleAccess.requireAdmin(admin);
		return this.orgs.setDisabled(code, false);
	}

	record NewOrg(@NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{people.codeFormat}") String code,
			@NotBlank @Size(max = 100) String name, @NotNull OrgKind kind, @Nullable @Size(max = 32) String parentCode,
			@NotBlank @Size(max = 12) String divisionCode, @Nullable @Min(0) @Max(100_000) Integer sortOrder) {

		PeopleOrgs.OrgData data() {
			return new PeopleOrgs.OrgData(this.name, this.kind, this.parentCode, this.divisionCode, this.sortOrder);
		}
	}

	record OrgChange(@NotBlank @Size(max = 100) String name, @NotNull OrgKind kind, @Nullable @Size(max = 32) String parentCode,
			@NotBlank @Size(max = 12) String divisionCode, @Nullable @Min(0) @Max(100_000) Integer sortOrder) {

		PeopleOrgs.OrgData data() {
			return new PeopleOrgs.OrgData(this.name, this.kind, this.parentCode, this.divisionCode, this.sortOrder);
		}
	}

}
