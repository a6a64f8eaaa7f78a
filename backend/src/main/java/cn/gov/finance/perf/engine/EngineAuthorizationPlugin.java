package cn.gov.finance.perf.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks, for the webapps' users only: with
 * {@code camunda.bpm.authorization.enabled}, a command runs with checks when its thread serves the
 * webapps ({@link EngineRequests}), and without them otherwise — the
 * application's services have decided who may act before they call the engine (the task pipeline,
 * department scopes), and name the actor for Camunda's history by setting the authenticated user, which
 * must not make the engine ask for authorizations nobody grants application users.
 * <p>
 * Tasks get no authorizations of their own (Camunda's default provider writes one per candidate group
 * and assignee): they are worked in the application, and the webapps read them through their process
 * definition ({@link EngineAuthorizations}).
 */
@Component
class EngineAuthorizationPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new NoTaskAuthorizations());
		configuration.setCustomPostCommandInterceptorsTxRequired(
				withAppCommandsUnchecked(configuration.getCustomPostCommandInterceptorsTxRequired()));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				withAppCommandsUnchecked(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> withAppCommandsUnchecked(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
		all.add(0, new AppCommandsUnchecked());
		return all;
	}

	/** After the command context exists: outside the webapps, no authorization checks. */
	static final class AppCommandsUnchecked extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			if (!EngineRequests.current()) {
				Context.getCommandContext().disableAuthorizationCheck();
			}
			return this.next.execute(command);
		}

	}

	/** Camunda's default authorizations, except those it writes for every task. */
	static final class NoTaskAuthorizations extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newTask(Task task) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
			return null;
		}

	}

}
