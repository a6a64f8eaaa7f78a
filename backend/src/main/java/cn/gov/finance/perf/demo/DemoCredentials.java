package cn.gov.finance.perf.demo;

import java.util.List;

import cn.gov.finance.perf.identity.Credentials;
import cn.gov.finance.perf.identity.IdentityDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users share the documented demo password and are exempt from the forced first change and
 * from password expiry (the demo data is never loaded in production). Runs on every start after
 * {@link DemoData}, so a demo database from before the password rules is covered too.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
@Order(3)
class DemoCredentials implements ApplicationRunner {

	static final List<String> DEMO_USERS = List.of("perf", "perf2", "budget", "edu", "edu-unit", "health", "health-unit",
			"xlht-edu", "ndrc", "thirdparty", "expert", "audit", "xlht-fin", "admin");

	private final IdentityDirectory identities;

	private final Credentials credentials;

	DemoCredentials(IdentityDirectory identities, Credentials credentials) {
		this.identities = identities;
		this.credentials = credentials;
	}

	@Override
	public void run(ApplicationArguments args) {
		DEMO_USERS.stream().filter(this.identities::userExists).forEach(this.credentials::exempt);
	}

}
