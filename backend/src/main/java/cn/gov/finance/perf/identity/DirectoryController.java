package cn.gov.finance.perf.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address book every logged-in user has: people and groups by name, for copying a task to
 * them. It names people, it grants nothing: what each may see stays with their role and department.
 */
@RestController
@RequestMapping("/api/directory")
@Validated
class DirectoryController {

	static final int LIMIT = 20;

	private final IdentityDirectory identities;

	DirectoryController(IdentityDirectory identities) {
		this.identities = identities;
	}

	record Directory(List<IdentityDirectory.Member> users, List<IdentityDirectory.GroupEntry> groups) {
	}

	@Operation(summary = "People and groups whose name contains the text (at most 20 of each)")
	@GetMapping
	Directory find(@RequestParam(defaultValue = "") @Size(max = 64) String q) {
		return new Directory(this.identities.findUsers(q, LIMIT), this.identities.findGroups(q, LIMIT));
	}

}
