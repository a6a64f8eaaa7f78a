package cn.gov.finance.perf.people;

import java.net.URI;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.people.PeopleGroups.GroupSummary;
import cn.gov.finance.perf.people.PeopleGroups.GroupKind;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups and their members, for administrators. */
@RestController
@RequestMapping("/api/admin/people/groups")
class GroupAdminController {

	private final PeopleGroups groups;

	GroupAdminController(PeopleGroups groups) {
		this.groups = groups;
	}

	@Operation(summary = "Groups (roles, divisions, and the groups of departments, units and other organisations), by id")
	@GetMapping
	List<GroupSummary> list(@AuthenticationPrincipal AppUser admin, @RequestParam(required = false) GroupKind kind) {
		PeopleAccess.requireAdmin(admin);
		return this.groups.list(kind);
	}

	@Operation(summary = "Create a role or division group (organisation groups come with their organisation); 409 if the id exists")
	@PostMapping
	ResponseEntity<GroupSummary> create(@AuthenticationPrincipal AppUser admin, @Valid @RequestBody NewGroup form) {
		PeopleAccess.requireAdmin(admin);
		GroupSummary created = this.groups.create(form.id(), form.name(), form.kind());
		return ResponseEntity.created(URI.create("/api/admin/people/groups/" + created.id())).body(created);
	}

	@Operation(summary = "Rename a role or division group")
	@PutMapping("/{id}")
	GroupSummary rename(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id,
			@Valid @RequestBody GroupName form) {
		PeopleAccess.requireAdmin(admin);
		return this.groups.rename(id, form.name());
	}

	@Operation(summary = "The members of a group")
	@GetMapping("/{id}/members")
	List<IdentityDirectory.Member> members(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id) {
		PeopleAccess.requireAdmin(admin);
		return this.groups.members(id);
	}

	@Operation(summary = "Add a user to a group (joining an organisation's group leaves the previous organisation)")
	@PutMapping("/{id}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void addMember(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id,
			@PathVariable @Size(max = 64) String userId) {
		PeopleAccess.requireAdmin(admin);
		this.groups.addMember(id, userId);
	}

	@Operation(summary = "Remove a user from a group (not the last administrator)")
	@DeleteMapping("/{id}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMember(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id,
			@PathVariable @Size(max = 64) String userId) {
		PeopleAccess.requireAdmin(admin);
		this.groups.removeMember(id, userId);
	}

	record NewGroup(@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{people.idFormat}") String id,
			@NotBlank @Size(max = 100) String name, @NotNull GroupKind kind) {
	}

	record GroupName(@NotBlank @Size(max = 100) String name) {
	}

}
