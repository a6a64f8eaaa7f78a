package cn.gov.finance.perf.inbox;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Attaches {@link InboxTaskListener} to every user task of every process the engine parses. */
@Component
class InboxEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<InboxTaskWriter> writer;

	InboxEnginePlugin(ObjectProvider<InboxTaskWriter> writer) {
		this.writer = writer;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				InboxTaskListener listener = new InboxTaskListener(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(),
						InboxEnginePlugin.this.writer);
				InboxTaskListener.EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
			}
		});
	}

}
