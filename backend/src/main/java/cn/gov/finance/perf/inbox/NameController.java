package cn.gov.finance.perf.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Display names for the ids a page holds (who decided, who opened, who holds a task): people first,
 * then groups, then organisations by code, so the UI shows "王绩效" and "盟中心医院", never {@code perf}
 * or {@code org-health-hospital}. Names what the address book already names to every logged-in user;
 * an id that names nothing is answered as itself.
 */
@RestController
@RequestMapping("/api/names")
@Validated
class NameController {

	static final int MAX_IDS = 100;

	private final HolderNames names;

	NameController(HolderNames names) {
		this.names = names;
	}

	@Operation(summary = "Display names of users, groups and organisations by id (at most 100 ids)")
	@GetMapping
	Map<String, String> names(@RequestParam @Size(max = MAX_IDS) List<@Size(max = 64) String> ids) {
		Map<String, String> users = this.names.users(ids);
		Map<String, String> groups = this.names.groups(ids.stream().filter(id -> named(users.get(id), id) == null).toList());
		Map<String, String> result = new LinkedHashMap<>();
		for (String id : ids) {
			String name = named(users.get(id), id);
			if (name == null) {
				name = named(groups.get(id), id);
			}
			if (name == null) {
				name = this.names.orgs().org(id);
			}
			result.put(id, name == null ? id : name);
		}
		return result;
	}

	private static String named(String name, String id) {
		return name == null || name.equals(id) ? null : name;
	}

}
