package cn.gov.finance.perf.engine;

import java.util.ArrayList;

import cn.gov.finance.perf.inbox.ProcessModels;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The application engine's guard: {@link TaskCompletionGuard} on the complete event of every user task,
 * as a built-in listener (it runs before the model's own listeners, and also when custom listeners are
 * skipped). A plugin of the application's engine only: the process tests' standalone engine
 * ({@code camunda.cfg.xml}) does not load it, so they complete tasks as the models allow.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<ProcessModels> models;

	EngineGuardPlugin(ObjectProvider<ProcessModels> models) {
		this.models = models;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		// First of all parse listeners, so the guard is the first built-in complete listener.
		configuration.getCustomPreBPMNParseListeners().add(0, new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				String key = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new TaskCompletionGuard(key,
							processKey -> EngineGuardPlugin.this.models.getObject().find(processKey).isPresent()));
			}
		});
	}

}
