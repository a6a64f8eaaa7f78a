package cn.gov.finance.perf.people;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.system.DomainException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups as administrators manage them. Three kinds exist in Camunda's identity tables: role groups
 * (type {@code ROLE}, what tasks are offered to by role), division groups (type {@code DIVISION}) and
 * the group of each organisation (type {@code ORG}, id {@code org-<code>}, made with the
 * organisation: a department's or a unit's members). Role and division groups are created here;
 * organisation groups come and are renamed with their organisation.
 */
@Service
public class PeopleGroups {

	/** The kinds a group can be; departments and units are organisation groups. */
	public enum GroupKind {

		ROLE, DIVISION, DEPARTMENT, UNIT, ORGANISATION

	}

	public record GroupSummary(String id, String name, String type, GroupKind kind, @Nullable String orgCode, long members) {
	}

	private final IdentityService identity;

	private final IdentityDirectory directory;

	private final OrgDirectory orgs;

	private final JdbcTemplate jdbc;

	private final PeopleUsers users;

	private final ApplicationEventPublisher events;

	PeopleGroups(IdentityService identity, IdentityDirectory directory, OrgDirectory orgs, JdbcTemplate jdbc,
			PeopleUsers users, ApplicationEventPublisher events) {
		this.identity = identity;
		this.directory = directory;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<GroupSummary> list(@Nullable GroupKind kind) {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.query("select GROUP_ID_, count(*) from ACT_ID_MEMBERSHIP group by GROUP_ID_",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
		OrgDirectory.Names names = this.orgs.names();
		return this.identity.createGroupQuery()
			.orderByGroupId()
			.asc()
			.list()
			.stream()
			.map(group -> entry(group, names, counts.getOrDefault(group.getId(), 0L)))
			.filter(entry -> kind == null || entry.kind() == kind)
			.toList();
	}

	@Transactional
	public GroupSummary create(String id, String name, GroupKind kind) {
		if (kind != GroupKind.ROLE && kind != GroupKind.DIVISION) {
			throw DomainException.invalid("kind", "people.groupKindByOrg");
		}
		if (id.startsWith(Roles.ORG_GROUP_PREFIX)) {
			throw DomainException.invalid("id", "people.groupIdReserved", Roles.ORG_GROUP_PREFIX);
		}
		if (this.identity.createGroupQuery().groupId(id).count() > 0) {
			throw DomainException.conflict("people.groupExists", id);
		}
		Group group = this.identity.newGroup(id);
		group.setName(name.trim());
		group.setType(kind.name());
		this.identity.saveGroup(group);
		this.events.publishEvent(new AdminAuditEvent("group.created", id, "新建分组 " + name.trim(),
				Map.of("new.name", name.trim(), "new.kind", kind.name())));
		return entry(group(id), this.orgs.names(), 0);
	}

	@Transactional
	public GroupSummary rename(String id, String name) {
		Group group = group(id);
		String old = group.getName();
		if (id.startsWith(Roles.ORG_GROUP_PREFIX)) {
			throw DomainException.rule("name", "people.groupNamedByOrg");
		}
		group.setName(name.trim());
		this.identity.saveGroup(group);
		this.events.publishEvent(new AdminAuditEvent("group.renamed", id, "分组改名 " + old + " → " + name.trim(),
				Map.of("old.name", old == null ? "" : old, "new.name", name.trim())));
		return entry(group(id), this.orgs.names(), members(id).size());
	}

	@Transactional(readOnly = true)
	public List<IdentityDirectory.Member> members(String id) {
		group(id);
		return this.directory.members(id);
	}

	/** Adds the user to the group; a user belongs to one organisation, so joining one leaves the other. */
	@Transactional
	public void addMember(String id, String userId) {
		group(id);
		if (!this.directory.userExists(userId)) {
			throw DomainException.notFound("User", userId);
		}
		if (this.directory.isMember(userId, id)) {
			return;
		}
		if (id.startsWith(Roles.ORG_GROUP_PREFIX)) {
			this.jdbc.queryForList("select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ? and GROUP_ID_ like 'org-%'",
					String.class, userId).forEach(other -> this.identity.deleteMembership(userId, other));
		}
		this.identity.createMembership(userId, id);
		this.events.publishEvent(new AdminAuditEvent("membership.added", id, "将 " + userId + " 加入 " + id,
				Map.of("user", userId, "group", id)));
	}

	@Transactional
	public void removeMember(String id, String userId) {
		group(id);
		if (!this.directory.isMember(userId, id)) {
			throw DomainException.notFound("Membership", userId + " @ " + id);
		}
		if (Roles.ADMIN.equals(id)) {
			this.users.requireAnotherAdmin(userId, null, "membership.removed");
		}
		this.identity.deleteMembership(userId, id);
		this.events.publishEvent(new AdminAuditEvent("membership.removed", id, "将 " + userId + " 移出 " + id,
				Map.of("user", userId, "group", id)));
	}

	private Group group(String id) {
		Group group = this.identity.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			throw DomainException.notFound("Group", id);
		}
		return group;
	}

	private static GroupSummary entry(Group group, OrgDirectory.Names names, long members) {
		String id = group.getId();
		String orgCode = Roles.ORG_TYPE.equals(group.getType()) && id.startsWith(Roles.ORG_GROUP_PREFIX)
				? id.substring(Roles.ORG_GROUP_PREFIX.length()) : null;
		GroupKind kind;
		if (orgCode != null) {
			OrgUnit org = names.orgs().get(orgCode);
			kind = org == null ? GroupKind.ORGANISATION : switch (org.getKind()) {
				case DEPARTMENT -> GroupKind.DEPARTMENT;
				case UNIT -> GroupKind.UNIT;
				default -> GroupKind.ORGANISATION;
			};
		}
		else {
			kind = GroupKind.DIVISION.name().equals(group.getType()) ? GroupKind.DIVISION : GroupKind.ROLE;
		}
		return new GroupSummary(id, group.getName() == null ? id : group.getName(),
				group.getType() == null ? "" : group.getType(), kind, orgCode, members);
	}

}
