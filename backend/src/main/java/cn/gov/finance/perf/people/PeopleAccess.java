package cn.gov.finance.perf.people;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;

/** Everything under {@code /api/admin/people} is for administrators only. */
final class PeopleAccess {

	private PeopleAccess() {
	}

	static void requireAdmin(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("people.adminsOnly");
		}
	}

}
