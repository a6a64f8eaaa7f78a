package cn.gov.finance.perf.monitoring.process;

import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.inbox.TaskStage;

import org.springframework.stereotype.Component;


/** Names of {@code processes/monitoring/ExecutionMonitoringProcess.bpmn}. */
@Component
public final class ExecutionMonitoringProcess implements ProcessModel {

	public static final String KEY = "ExecutionMonitoringProcess";

	public static final String TASK_LOAD_CALENDAR = "Task_LoadCalendar";

	public static final String CALL_PERIODS = "CallActivity_MonitoringPeriods";

	public static final String TASK_PASS_DOWN = "Task_PassDownFunds";

	public static final String TIMER_PASS_DOWN = "Timer_PassDownDue";

	public static final String TASK_RECOVER_UNPASSED = "Task_RecoverUnpassedFunds";

	public static final String END_COMPLETED = "EndEvent_MonitoringCompleted";

	/** The ids of the periods to monitor, in order. */
	public static final String VAR_PERIOD_IDS = "periodIds";

	ExecutionMonitoringProcess() {
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public TaskStage stage() {
		return TaskStage.MONITORING;
	}


}
