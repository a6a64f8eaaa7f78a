package cn.gov.finance.perf.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Idempotent writes to Camunda's identity tables: users, role groups and organisation groups. */
@Component
public class IdentityDirectory {

	private final IdentityService identityService;

	IdentityDirectory(IdentityService identityService) {
		this.identityService = identityService;
	}

	public void ensureRoleGroups() {
		Roles.ALL.forEach(role -> ensureGroup(role.id(), role.name(), Roles.ROLE_TYPE));
	}

	public void ensureOrgGroup(String orgCode, String name) {
		ensureGroup(Roles.orgGroup(orgCode), name, Roles.ORG_TYPE);
	}

	public boolean userExists(String userId) {
		return this.identityService.createUserQuery().userId(userId).count() > 0;
	}

	public boolean isMember(String userId, String groupId) {
		return this.identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
	}

	/** The users of a group, by id. */
	public List<Member> members(String groupId) {
		return this.identityService.createUserQuery()
			.memberOfGroup(groupId)
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(user -> new Member(user.getId(), user.getFirstName()))
			.toList();
	}

	public record Member(String id, String name) {
	}

	/** Creates the user with a hashed password unless it exists; adds the memberships either way. */
	public void ensureUser(String userId, String name, String password, String orgCode, String... roles) {
		if (!userExists(userId)) {
			User user = this.identityService.newUser(userId);
			user.setFirstName(name);
			user.setLastName("");
			user.setPassword(password);
			user.setEmail(userId + "@example.gov.cn");
			this.identityService.saveUser(user);
		}
		for (String role : roles) {
			ensureMembership(userId, role);
		}
		if (orgCode != null) {
			ensureMembership(userId, Roles.orgGroup(orgCode));
		}
	}

	private void ensureMembership(String userId, String groupId) {
		if (!isMember(userId, groupId)) {
			this.identityService.createMembership(userId, groupId);
		}
	}

	private void ensureGroup(String id, String name, String type) {
		if (this.identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identityService.newGroup(id);
			group.setName(name);
			group.setType(type);
			this.identityService.saveGroup(group);
		}
	}

}
