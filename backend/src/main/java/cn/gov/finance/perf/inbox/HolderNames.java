package cn.gov.finance.perf.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.stereotype.Component;

/**
 * Display names of the people, groups and organisations tasks are offered to ("王绩效", "盟中心医院"), so no page
 * shows a raw id (the inbox, the item timeline, the campaign board). Names change rarely: they are cached and
 * read again after a few minutes, so a page costs no identity query.
 */
@Component
public class HolderNames {

	private static final Duration TTL = Duration.ofMinutes(5);

	private final IdentityDirectory identities;

	private final Map<String, String> users = new ConcurrentHashMap<>();

	private final Map<String, String> groups = new ConcurrentHashMap<>();

	private final OrgDirectory orgDirectory;

	private volatile OrgDirectory.Names orgs;

	private volatile Instant loadedAt = Instant.EPOCH;

	HolderNames(IdentityDirectory identities, OrgDirectory orgDirectory) {
		this.identities = identities;
		this.orgDirectory = orgDirectory;
	}

	/** Names of organisations and divisions. */
	public OrgDirectory.Names orgs() {
		expire();
		OrgDirectory.Names names = this.orgs;
		if (names == null) {
			names = this.orgDirectory.names();
			this.orgs = names;
		}
		return names;
	}

	public Map<String, String> users(Collection<String> ids) {
		expire();
		return resolve(ids, this.users, this.identities::userNames);
	}

	/**
	 * Names of groups; an organisation's group missing from the identity tables (or unnamed there) is
	 * named after the organisation, so no page shows {@code org-health-hospital}.
	 */
	public Map<String, String> groups(Collection<String> ids) {
		expire();
		return resolve(ids, this.groups, missing -> {
			Map<String, String> found = new java.util.HashMap<>(this.identities.groupNames(missing));
			for (String id : missing) {
				String name = found.get(id);
				if ((name == null || name.equals(id)) && id.startsWith(Roles.ORG_GROUP_PREFIX)) {
					String org = orgs().org(id.substring(Roles.ORG_GROUP_PREFIX.length()));
					if (org != null) {
						found.put(id, org);
					}
				}
			}
			return found;
		});
	}

	String user(String id) {
		return id == null ? null : users(Set.of(id)).getOrDefault(id, id);
	}

	private static Map<String, String> resolve(Collection<String> ids, Map<String, String> cache,
			java.util.function.Function<Collection<String>, Map<String, String>> load) {
		Set<String> missing = new HashSet<>();
		for (String id : ids) {
			if (id != null && !cache.containsKey(id)) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, String> loaded = load.apply(missing);
			for (String id : missing) {
				cache.put(id, loaded.getOrDefault(id, id));
			}
		}
		return cache;
	}

	private void expire() {
		Instant now = AppClock.instant();
		if (Duration.between(this.loadedAt, now).abs().compareTo(TTL) > 0) {
			this.users.clear();
			this.groups.clear();
			this.orgs = null;
			this.loadedAt = now;
		}
	}

}
