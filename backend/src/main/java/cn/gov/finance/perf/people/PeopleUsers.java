package cn.gov.finance.perf.people;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.AccountStates;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Credentials;
import cn.gov.finance.perf.identity.LoginThrottle;
import cn.gov.finance.perf.identity.PasswordPolicy;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.identity.SecurityEventLog;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.system.PageView;
import cn.gov.finance.perf.system.SqlLike;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users as administrators manage them, on Camunda's identity tables: the organisation is the
 * membership of the group {@code org-<code>}, the other groups (roles, divisions) are plain
 * memberships. The directory is small (a League's staff), so the list is filtered in memory.
 * Every change publishes an {@link AdminAuditEvent} with the old and new values.
 */
@Service
public class PeopleUsers {

	/** Where an account stands: usable, disabled by an administrator, or locked after failed logins. */
	public enum AccountState {

		ACTIVE, DISABLED, LOCKED

	}

	/** A user as the administration lists them. */
	public record UserEntry(String id, String name, @Nullable String email, @Nullable String orgCode, List<String> groups,
			AccountState state, @Nullable Instant lockedUntil) {
	}

	/** A new user or the new values of one; {@code groups} are role and division groups, not the organisation's. */
	public record UserData(String name, @Nullable String email, @Nullable String orgCode, List<String> groups) {
	}

	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final Credentials credentials;

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	private final AccountStates accounts;

	private final OrgUnitRepository orgs;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	PeopleUsers(IdentityService identity, JdbcTemplate jdbc, Credentials credentials, PasswordPolicy policy,
			LoginThrottle throttle, AccountStates accounts, OrgUnitRepository orgs, ApplicationEventPublisher events) {
		this.identity = identity;
		this.jdbc = jdbc;
		this.credentials = credentials;
		this.policy = policy;
		this.throttle = throttle;
		this.accounts = accounts;
		this.orgs = orgs;
		this.events = events;
	}

	/**
	 * Users whose id or name contains {@code text}, in the group, of the organisation, in the state; by
	 * id. Filtered, counted and paged by the database (two statements, plus the page's memberships), so a
	 * page costs the same with a hundred users or a hundred thousand.
	 */
	@Transactional(readOnly = true)
	public PageView<UserEntry> list(@Nullable String text, @Nullable String group, @Nullable String orgCode,
			@Nullable AccountState state, int page, int size) {
		StringBuilder where = new StringBuilder(" from ACT_ID_USER u where 1 = 1");
		List<Object> args = new ArrayList<>();
		String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (!needle.isEmpty()) {
			String like = SqlLike.containsLower(needle);
			where.append(" and (lower(u.ID_) like ? escape '!'"
					+ " or lower(concat(coalesce(u.FIRST_, ''), coalesce(u.LAST_, ''))) like ? escape '!')");
			args.add(like);
			args.add(like);
		}
		for (String member : new String[] { blank(group) ? null : group,
				blank(orgCode) ? null : Roles.orgGroup(orgCode) }) {
			if (member != null) {
				where.append(" and exists (select 1 from ACT_ID_MEMBERSHIP m where m.USER_ID_ = u.ID_ and m.GROUP_ID_ = ?)");
				args.add(member);
			}
		}
		if (state != null) {
			String disabled = "exists (select 1 from account_state a where a.user_id = u.ID_ and a.disabled = true)";
			String locked = "exists (select 1 from login_throttle t where t.key_type = 'ACCOUNT'"
					+ " and t.key_value = lower(u.ID_) and t.locked_until > ?)";
			switch (state) {
				case DISABLED -> where.append(" and ").append(disabled);
				case LOCKED -> where.append(" and not ").append(disabled).append(" and ").append(locked);
				case ACTIVE -> where.append(" and not ").append(disabled).append(" and not ").append(locked);
			}
			if (state != AccountState.DISABLED) {
				args.add(SecurityEventLog.utc(AppClock.instant()));
			}
		}
		long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
		if (page > 0 && (long) page * size >= total) {
			throw DomainException.invalid("page", "people.beyondLast");
		}
		List<Object> paged = new ArrayList<>(args);
		paged.add(size);
		paged.add((long) page * size);
		List<String> ids = this.jdbc.queryForList("select u.ID_" + where + " order by u.ID_ limit ? offset ?", String.class,
				paged.toArray());
		if (ids.isEmpty()) {
			return new PageView<>(List.of(), total, page, size);
		}
		Map<String, User> users = new HashMap<>();
		this.identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().forEach(u -> users.put(u.getId(), u));
		Map<String, Set<String>> memberships = memberships(ids);
		Set<String> disabled = this.accounts.disabled();
		Map<String, Instant> locks = locks();
		List<UserEntry> entries = ids.stream()
			.filter(users::containsKey)
			.map(id -> entry(users.get(id), memberships.getOrDefault(id, Set.of()), disabled, locks))
			.toList();
		return new PageView<>(entries, total, page, size);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@Transactional(readOnly = true)
	public UserEntry get(String id) {
		return entry(user(id));
	}

	/** Creates the user with the initial password, which must be changed at the first login. */
	@Transactional
	public UserEntry create(String id, UserData data, String password) {
		List<FieldMessage> errors = check(data);
		this.policy.violations(id, password).forEach(v -> errors.add(FieldMessage.of("password", v)));
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		if (this.identity.createUserQuery().userId(id).count() > 0) {
			throw DomainException.conflict("people.userExists", id);
		}
		User user = this.identity.newUser(id);
		user.setFirstName(data.name().trim());
		user.setLastName("");
		user.setEmail(blankToNull(data.email()));
		this.identity.saveUser(user);
		groupsOf(data).forEach(group -> this.identity.createMembership(id, group));
		this.credentials.setByAdministrator(id, password, "password");
		UserEntry created = entry(user(id));
		this.events.publishEvent(new AdminAuditEvent("user.created", id, "新建用户 " + id + "（" + created.name() + "）",
				describe(created, "new.")));
		return created;
	}

	@Transactional
	public UserEntry update(String id, UserData data) {
		User user = user(id);
		List<FieldMessage> errors = check(data);
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		UserEntry before = entry(user);
		Set<String> wanted = groupsOf(data);
		if (before.groups().contains(Roles.ADMIN) && !wanted.contains(Roles.ADMIN)) {
			requireAnotherAdmin(id, "groups", "user.updated");
		}
		user.setFirstName(data.name().trim());
		user.setLastName("");
		user.setEmail(blankToNull(data.email()));
		this.identity.saveUser(user);
		Set<String> current = memberships(id);
		current.stream().filter(g -> !wanted.contains(g)).forEach(g -> this.identity.deleteMembership(id, g));
		wanted.stream().filter(g -> !current.contains(g)).forEach(g -> this.identity.createMembership(id, g));
		UserEntry after = entry(user(id));
		Map<String, String> details = new TreeMap<>(describe(before, "old."));
		details.putAll(describe(after, "new."));
		this.events.publishEvent(new AdminAuditEvent("user.updated", id, "修改用户 " + id, details));
		return after;
	}

	@Transactional
	public UserEntry disable(String id, AppUser actor) {
		UserEntry before = entry(user(id));
		if (id.equals(actor.id())) {
			refuse("user.disabled", id, DomainException.rule(null, "people.cannotDisableSelf"));
		}
		if (before.groups().contains(Roles.ADMIN)) {
			requireAnotherAdmin(id, null, "user.disabled");
		}
		this.accounts.set(id, true, actor.id());
		this.events.publishEvent(new AdminAuditEvent("user.disabled", id, "停用用户 " + id,
				Map.of("old.state", before.state().name(), "new.state", AccountState.DISABLED.name())));
		return entry(user(id));
	}

	@Transactional
	public UserEntry enable(String id, AppUser actor) {
		UserEntry before = entry(user(id));
		this.accounts.set(id, false, actor.id());
		UserEntry after = entry(user(id));
		this.events.publishEvent(new AdminAuditEvent("user.enabled", id, "启用用户 " + id,
				Map.of("old.state", before.state().name(), "new.state", after.state().name())));
		return after;
	}

	/**
	 * Sets a new password that must be changed at the next login: the administrator's, or a generated
	 * temporary one, which is returned (and shown once: it is stored only as Camunda's hash).
	 */
	@Transactional
	@Nullable
	public String resetPassword(String id, @Nullable String password) {
		user(id);
		String temporary = password == null || password.isBlank() ? temporaryPassword(id) : null;
		this.credentials.setByAdministrator(id, temporary == null ? password : temporary, "password");
		this.events.publishEvent(new AdminAuditEvent("user.passwordReset", id, "重置用户 " + id + " 的密码",
				Map.of("generated", String.valueOf(temporary != null), "mustChange", "true")));
		return temporary;
	}

	/** Lifts a lock after too many failed logins (the application's and Camunda's own). */
	@Transactional
	public UserEntry unlock(String id) {
		UserEntry before = entry(user(id));
		this.throttle.unlock(id);
		this.identity.unlockUser(id);
		this.events.publishEvent(new AdminAuditEvent("user.unlocked", id, "解锁账户 " + id,
				Map.of("old.state", before.state().name(), "old.lockedUntil",
						before.lockedUntil() == null ? "" : before.lockedUntil().toString())));
		return entry(user(id));
	}

	/** Refuses unless another enabled administrator than {@code userId} remains. */
	void requireAnotherAdmin(String userId, @Nullable String field, String action) {
		Set<String> disabled = this.accounts.disabled();
		long others = this.identity.createUserQuery()
			.memberOfGroup(Roles.ADMIN)
			.list()
			.stream()
			.filter(u -> !u.getId().equals(userId) && !disabled.contains(u.getId()))
			.count();
		if (others == 0) {
			refuse(action, userId, DomainException.rule(field, "people.lastAdmin"));
		}
	}

	/** Records the refusal in the audit log, then refuses. */
	void refuse(String action, String target, DomainException refusal) {
		this.events.publishEvent(new AdminAuditEvent(action + ".refused", target, "拒绝：" + refusal.getMessage(),
				Map.of("rule", refusal.getMessage())));
		throw refusal;
	}

	private List<FieldMessage> check(UserData data) {
		List<FieldMessage> errors = new ArrayList<>();
		if (data.orgCode() != null && !data.orgCode().isBlank() && !this.orgs.existsById(data.orgCode())) {
			errors.add(FieldMessage.of("orgCode", "people.noSuchOrg", data.orgCode()));
		}
		List<String> groups = data.groups() == null ? List.of() : data.groups();
		for (int i = 0; i < groups.size(); i++) {
			String group = groups.get(i);
			if (group == null || group.startsWith(Roles.ORG_GROUP_PREFIX)
					|| this.identity.createGroupQuery().groupId(group).count() == 0) {
				errors.add(FieldMessage.of("groups[" + i + "]", "people.noSuchGroup", String.valueOf(group)));
			}
		}
		return errors;
	}

	private static Set<String> groupsOf(UserData data) {
		Set<String> groups = new TreeSet<>(data.groups() == null ? List.of() : data.groups());
		if (data.orgCode() != null && !data.orgCode().isBlank()) {
			groups.add(Roles.orgGroup(data.orgCode()));
		}
		return groups;
	}

	private User user(String id) {
		User user = this.identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			throw DomainException.notFound("User", id);
		}
		return user;
	}

	private UserEntry entry(User user) {
		return entry(user, memberships(user.getId()), this.accounts.isDisabled(user.getId()) ? Set.of(user.getId()) : Set.of(),
				locks());
	}

	private static UserEntry entry(User user, Set<String> groups, Set<String> disabled, Map<String, Instant> locks) {
		String orgCode = null;
		List<String> others = new ArrayList<>();
		for (String group : new TreeSet<>(groups)) {
			if (group.startsWith(Roles.ORG_GROUP_PREFIX)) {
				orgCode = group.substring(Roles.ORG_GROUP_PREFIX.length());
			}
			else {
				others.add(group);
			}
		}
		Instant locked = locks.get(user.getId().toLowerCase(Locale.ROOT));
		AccountState state = disabled.contains(user.getId()) ? AccountState.DISABLED
				: locked != null ? AccountState.LOCKED : AccountState.ACTIVE;
		String name = ((user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return new UserEntry(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail(), orgCode, others, state,
				locked);
	}

	private static Map<String, String> describe(UserEntry user, String prefix) {
		Map<String, String> values = new HashMap<>();
		values.put(prefix + "name", user.name());
		values.put(prefix + "email", user.email() == null ? "" : user.email());
		values.put(prefix + "orgCode", user.orgCode() == null ? "" : user.orgCode());
		values.put(prefix + "groups", String.join(",", user.groups()));
		return values;
	}

	private Set<String> memberships(String userId) {
		return new TreeSet<>(this.jdbc.queryForList("select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?",
				String.class, userId));
	}

	/** The memberships of these users (one page of them). */
	private Map<String, Set<String>> memberships(List<String> userIds) {
		Map<String, Set<String>> all = new HashMap<>();
		String marks = String.join(", ", java.util.Collections.nCopies(userIds.size(), "?"));
		this.jdbc.query("select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ in (" + marks + ")",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> all
					.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
					.add(rs.getString(2)),
				userIds.toArray());
		return all;
	}

	private Map<String, Instant> locks() {
		Map<String, Instant> locks = new HashMap<>();
		this.jdbc.query("select key_value, locked_until from login_throttle where key_type = 'ACCOUNT' and locked_until > ?",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> locks.put(rs.getString(1),
						SecurityEventLog.instant(rs, "locked_until")),
				SecurityEventLog.utc(AppClock.instant()));
		return locks;
	}

	private String temporaryPassword(String userId) {
		while (true) {
			StringBuilder candidate = new StringBuilder();
			for (int i = 0; i < 12; i++) {
				candidate.append(TEMPORARY_ALPHABET.charAt(this.random.nextInt(TEMPORARY_ALPHABET.length())));
			}
			candidate.insert(this.random.nextInt(candidate.length()), '#');
			if (this.policy.violations(userId, candidate.toString()).isEmpty()) {
				return candidate.toString();
			}
		}
	}

	@Nullable
	private static String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
