package cn.gov.finance.perf.monitoring.process;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * When an administrator moves a period's dates, the running period processes follow: their opening
 * and overdue timers and the report tasks' due dates are moved, without redeploying anything.
 */
@Component
public class CalendarRescheduler {

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final TaskService taskService;

	private final MonitoringCalendar calendar;

	CalendarRescheduler(RuntimeService runtimeService, ManagementService managementService, TaskService taskService,
			MonitoringCalendar calendar) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.taskService = taskService;
		this.calendar = calendar;
	}

	/** Returns how many timers and tasks were moved. */
	public int periodChanged(Long periodId) {
		Date opens = this.calendar.opensAt(periodId);
		Date due = this.calendar.dueAt(periodId);
		int moved = 0;
		for (Execution instance : this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MonitoringPeriodProcess.KEY)
			.variableValueEquals(MonitoringPeriodProcess.VAR_PERIOD_ID, periodId)
			.list()) {
			for (Job job : this.managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				String activity = this.managementService.createJobDefinitionQuery()
					.jobDefinitionId(job.getJobDefinitionId())
					.singleResult()
					.getActivityId();
				if (MonitoringPeriodProcess.TIMER_OPENS.equals(activity)) {
					this.managementService.setJobDuedate(job.getId(), opens);
					moved++;
				}
				else if (MonitoringPeriodProcess.TIMER_OVERDUE.equals(activity)) {
					this.managementService.setJobDuedate(job.getId(), due);
					moved++;
				}
			}
			for (Task task : this.taskService.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskDefinitionKey(MonitoringPeriodProcess.TASK_FILE)
				.list()) {
				task.setDueDate(due);
				this.taskService.saveTask(task);
				moved++;
			}
		}
		return moved;
	}

}
