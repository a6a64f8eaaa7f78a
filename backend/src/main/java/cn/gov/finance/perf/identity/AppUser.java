package cn.gov.finance.perf.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The logged-in person: their Camunda user id, role groups and the organisation they belong to
 * (a department, unit, third party…), or none for finance, audit and administrators.
 */
public record AppUser(String id, String displayName, Set<String> roles, String orgCode) implements Serializable, Principal {

	/**
	 * The user id: what {@code Authentication.getName()} answers, and the principal name that Spring
	 * Session indexes a database session by.
	 */
	@Override
	public String getName() {
		return this.id;
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(String... candidates) {
		for (String role : candidates) {
			if (hasRole(role)) {
				return true;
			}
		}
		return false;
	}

	/** The Camunda groups whose tasks this user may see and complete. */
	public List<String> candidateGroups() {
		List<String> groups = new ArrayList<>(this.roles);
		if (this.orgCode != null) {
			groups.add(Roles.orgGroup(this.orgCode));
		}
		return groups;
	}

}
