package cn.gov.finance.perf.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start: the role groups exist, and, when {@code app.admin-password} is set and there is
 * no user "admin" yet, the first administrator is created (how a MySQL installation gets its first login).
 */
@Component
@Order(1)
class IdentityBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	private final IdentityDirectory directory;

	private final String adminPassword;

	IdentityBootstrap(IdentityDirectory directory, @Value("${app.admin-password:}") String adminPassword) {
		this.directory = directory;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.directory.ensureRoleGroups();
		if (!this.adminPassword.isBlank() && !this.directory.userExists("admin")) {
			this.directory.ensureUser("admin", "系统管理员", this.adminPassword, null, Roles.ADMIN);
			log.info("Created the administrator 'admin' from APP_ADMIN_PASSWORD");
		}
	}

}
