package cn.gov.finance.perf.people;

import java.net.URI;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.people.PeopleUsers.AccountState;
import cn.gov.finance.perf.people.PeopleUsers.UserEntry;
import cn.gov.finance.perf.system.PageView;
import cn.gov.finance.perf.system.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users, for administrators: list, create, edit, disable/enable, reset the password, unlock. */
@RestController
@RequestMapping("/api/admin/people/users")
class UserAdminController {

	private final PeopleUsers users;

	UserAdminController(PeopleUsers users) {
		this.users = users;
	}

	@Operation(summary = "Users whose id or name contains q, in a group, of an organisation, in a state; by id, paged")
	@GetMapping
	PageView<UserEntry> list(@AuthenticationPrincipal AppUser admin,
			@RequestParam(required = false) @SafeText @Size(max = 64) String q,
			@RequestParam(required = false) @SafeText @Size(max = 64) String group,
			@RequestParam(required = false) @SafeText @Size(max = 32) String orgCode,
			@RequestParam(required = false) AccountState state,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		PeopleAccess.requireAdmin(admin);
		return this.users.list(q, group, orgCode, state, page, size);
	}

	@Operation(summary = "One user")
	@GetMapping("/{id}")
	UserEntry get(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id) {
		PeopleAccess.requireAdmin(admin);
		return this.users.get(id);
	}

	@Operation(summary = "Create a user with an initial password (password policy), to be changed at the first login; 409 if the id exists")
	@PostMapping
	ResponseEntity<UserEntry> create(@AuthenticationPrincipal AppUser admin, @Valid @RequestBody NewUser form) {
		PeopleAccess.requireAdmin(admin);
		UserEntry created = this.users.create(form.id(), form.data(), form.password());
		return ResponseEntity.created(URI.create("/api/admin/people/users/" + created.id())).body(created);
	}

	@Operation(summary = "Change a user's name, e-mail, organisation and groups")
	@PutMapping("/{id}")
	UserEntry update(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id,
			@Valid @RequestBody UserChange form) {
		PeopleAccess.requireAdmin(admin);
		return this.users.update(id, form.data());
	}

	@Operation(summary = "Disable a user: no more logins, open sessions end (not oneself, not the last administrator)")
	@PostMapping("/{id}/disable")
	UserEntry disable(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id) {
		PeopleAccess.requireAdmin(admin);
		return this.users.disable(id, admin);
	}

	@Operation(summary = "Enable a disabled user again")
	@PostMapping("/{id}/enable")
	UserEntry enable(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id) {
		PeopleAccess.requireAdmin(admin);
		return this.users.enable(id, admin);
	}

	@Operation(summary = "Reset the password: the administrator's or a generated temporary one (returned once); must be changed at the next login")
	@PostMapping("/{id}/password-reset")
	PasswordReset resetPassword(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id,
			@Valid @RequestBody PasswordResetRequest form) {
		PeopleAccess.requireAdmin(admin);
		return new PasswordReset(this.users.resetPassword(id, form.password()));
	}

	@Operation(summary = "Lift the lock after too many failed logins")
	@PostMapping("/{id}/unlock")
	UserEntry unlock(@AuthenticationPrincipal AppUser admin, @PathVariable @Size(max = 64) String id) {
		PeopleAccess.requireAdmin(admin);
		return this.users.unlock(id);
	}

	/** A new user: the id is the login name (lower case letters, digits, '.', '_', '-'). */
	record NewUser(@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{people.idFormat}") String id,
			@NotBlank @Size(max = 64) String name, @Nullable @Email @Size(max = 128) String email,
			@Nullable @Size(max = 32) String orgCode, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> groups,
			@NotBlank @Size(max = 128) String password) {

		PeopleUsers.UserData data() {
			return new PeopleUsers.UserData(this.name, this.email, this.orgCode, this.groups);
		}
	}

	record UserChange(@NotBlank @Size(max = 64) String name, @Nullable @Email @Size(max = 128) String email,
			@Nullable @Size(max = 32) String orgCode, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> groups) {

		PeopleUsers.UserData data() {
			return new PeopleUsers.UserData(this.name, this.email, this.orgCode, this.groups);
		}
	}

	/** Empty password: a temporary one is generated. */
	record PasswordResetRequest(@Nullable @Size(max = 128) String password) {
	}

	/** The generated temporary password, shown once; null when the administrator set one. */
	record PasswordReset(@Nullable String temporaryPassword) {
	}

}
