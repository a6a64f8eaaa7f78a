package cn.gov.finance.perf.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.AppClock;

import org.springframework.stereotype.Component;

/**
 * Display names of holders and organisations for the board, cached for a few minutes (names change
 * rarely), so a page or an export chunk costs no identity query. The same idea as the inbox's
 * {@code HolderNames}, which is package-private there.
 */
@Component
class BoardNames {

	private static final Duration TTL = Duration.ofMinutes(5);

	private final IdentityDirectory identities;

	private final OrgDirectory orgDirectory;

	private final Map<String, String> users = new ConcurrentHashMap<>();

	private final Map<String, String> groups = new ConcurrentHashMap<>();

	private volatile OrgDirectory.Names orgs;

	private volatile Instant loadedAt = Instant.EPOCH;

	BoardNames(IdentityDirectory identities, OrgDirectory orgDirectory) {
		this.identities = identities;
		this.orgDirectory = orgDirectory;
	}

	OrgDirectory.Names orgs() {
		expire();
		OrgDirectory.Names names = this.orgs;
		if (names == null) {
			names = this.orgDirectory.names();
			this.orgs = names;
		}
		return names;
	}

	Map<String, String> users(Collection<String> ids) {
		expire();
		return resolve(ids, this.users, this.identities::userNames);
	}

	Map<String, String> groups(Collection<String> ids) {
		expire();
		return resolve(ids, this.groups, this.identities::groupNames);
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
