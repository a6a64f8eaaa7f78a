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

	/** A group as the address book shows it: a role or an organisation. */
	public record GroupEntry(String id, String name, String type) {
	}

	/**
	 * The address book: users whose name contains the text (or whose id it is), and groups whose name does (at
	 * most {@code limit} of each, by id). An empty text lists the first users and groups.
	 */
	public List<Member> findUsers(String text, int limit) {
		String like = "%" + (text == null ? "" : text.trim()) + "%";
		java.util.Map<String, Member> found = new java.util.TreeMap<>();
		this.identityService.createUserQuery().userFirstNameLike(like).orderByUserId().asc().listPage(0, limit)
			.forEach(user -> found.put(user.getId(), new Member(user.getId(), displayName(user))));
		if (text != null && !text.isBlank()) {
			User byId = this.identityService.createUserQuery().userId(text.trim()).singleResult();
			if (byId != null) {
				found.put(byId.getId(), new Member(byId.getId(), displayName(byId)));
			}
		}
		return found.values().stream().limit(limit).toList();
	}

	public List<GroupEntry> findGroups(String text, int limit) {
		String like = "%" + (text == null ? "" : text.trim()) + "%";
		return this.identityService.createGroupQuery()
			.groupNameLike(like)
			.orderByGroupId()
			.asc()
			.listPage(0, limit)
			.stream()
			.map(group -> new GroupEntry(group.getId(), group.getName() == null ? group.getId() : group.getName(),
					group.getType()))
			.toList();
	}

	/** Display names of users, by id (ids of unknown users are left out). */
	public java.util.Map<String, String> userNames(java.util.Collection<String> userIds) {
		java.util.Set<String> ids = userIds.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.identityService.createUserQuery()
			.userIdIn(ids.toArray(String[]::new))
			.list()
			.forEach(user -> names.put(user.getId(), displayName(user)));
		return names;
	}

	/** Names of groups (role groups and organisations), by id. */
	public java.util.Map<String, String> groupNames(java.util.Collection<String> groupIds) {
		java.util.Set<String> ids = groupIds.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.identityService.createGroupQuery()
			.groupIdIn(ids.toArray(String[]::new))
			.list()
			.forEach(group -> names.put(group.getId(), group.getName() == null ? group.getId() : group.getName()));
		return names;
	}

	/** The user as the application sees a logged-in person: roles and organisation from the groups. */
	public java.util.Optional<AppUser> appUser(String userId) {
		User user = userId == null ? null : this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return java.util.Optional.empty();
		}
		java.util.Set<String> roles = new java.util.HashSet<>();
		String orgCode = null;
		for (Group group : this.identityService.createGroupQuery().groupMember(userId).list()) {
			if (Roles.ORG_TYPE.equals(group.getType()) && group.getId().startsWith(Roles.ORG_GROUP_PREFIX)) {
				orgCode = group.getId().substring(Roles.ORG_GROUP_PREFIX.length());
			}
			else {
				roles.add(group.getId());
			}
		}
		return java.util.Optional.of(new AppUser(userId, displayName(user), java.util.Set.copyOf(roles), orgCode));
	}

	private static String displayName(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return name.isEmpty() ? user.getId() : name;
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
			try {
				this.identityService.saveGroup(group);
			}
			catch (RuntimeException ex) {
				// Two nodes starting at the same moment on a new database: the other one created it first.
				if (this.identityService.createGroupQuery().groupId(id).count() == 0) {
					throw ex;
				}
			}
		}
	}

}
