package cn.gov.finance.perf.engine;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the webapps let their users do, as Camunda authorizations of the group {@value #OPERATIONS}
 * (the group an administrator has in the webapps, {@link SpringSecurityWebappAuthentication}): use
 * Cockpit, read every definition, instance, task, decision, deployment, batch and the operation log, and
 * retry failed jobs. Nothing else: no Tasklist (tasks are worked in the application's inbox), no Admin
 * (people are managed in 系统管理), no variable edits, modifications, cancellations or suspensions of the
 * application's processes (they would move an item past the application's rules), no deletions.
 * <p>
 * Written on every start, so the grants are what this class says: a grant missing is added, one with
 * other permissions is set back. Two nodes starting at once may both try to add one; the loser finds it.
 */
@Component
@Order(2)
class EngineAuthorizations implements ApplicationRunner {

	/** The webapps' group of administrators (运维): read everything, retry jobs. */
	static final String OPERATIONS = "engine-operations";

	private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

	record Grant(Resource resource, String resourceId, List<Permission> permissions) {
	}

	static final List<Grant> GRANTS = List.of(
			new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
			new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY,
					List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
							ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
							ProcessDefinitionPermissions.RETRY_JOB)),
			new Grant(Resources.PROCESS_INSTANCE, Authorization.ANY,
					List.of(ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB)),
			new Grant(Resources.TASK, Authorization.ANY, List.of(TaskPermissions.READ)),
			new Grant(Resources.DECISION_DEFINITION, Authorization.ANY,
					List.of(Permissions.READ, Permissions.READ_HISTORY)),
			new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, List.of(Permissions.READ)),
			new Grant(Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)),
			new Grant(Resources.BATCH, Authorization.ANY, List.of(BatchPermissions.READ, BatchPermissions.READ_HISTORY)),
			new Grant(Resources.OPERATION_LOG_CATEGORY, Authorization.ANY, List.of(UserOperationLogCategoryPermissions.READ)));

	private final AuthorizationService authorizations;

	EngineAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Grant grant : GRANTS) {
			try {
				ensure(grant);
			}
			catch (ProcessEngineException ex) {
				// Another node wrote it at the same moment (unique group, resource type and id): take theirs.
				log.info("Authorization of {} on {} {} written by another node: {}", OPERATIONS,
						grant.resource().resourceName(), grant.resourceId(), ex.getMessage());
				ensure(grant);
			}
		}
	}

	private void ensure(Grant grant) {
		Authorization existing = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(OPERATIONS)
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.singleResult();
		Authorization authorization = existing != null ? existing
				: this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		if (existing != null && sameAs(existing, grant)) {
			return;
		}
		authorization.setGroupId(OPERATIONS);
		authorization.setResource(grant.resource());
		authorization.setResourceId(grant.resourceId());
		authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
		this.authorizations.saveAuthorization(authorization);
	}

	/** Whether an authorization has the grant's permissions, no more and no fewer. */
	private static boolean sameAs(Authorization existing, Grant grant) {
		int expected = grant.permissions().stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
		return ((AuthorizationEntity) existing).getPermissions() == expected;
	}

}
