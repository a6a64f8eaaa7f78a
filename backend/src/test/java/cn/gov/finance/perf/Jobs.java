package cn.gov.finance.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives timers and asynchronous steps of an item's processes by executing their jobs (the job
 * executor is off in tests), whatever their due date — no sleeping, no clock games.
 */
@Component
public class Jobs {

	@Autowired
	private ManagementService management;

	@Autowired
	private RuntimeService runtime;

	/** The one job of the item's processes waiting at the activity. */
	public Job of(String businessKey, String activityId) {
		Set<String> instances = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toCollection(HashSet::new));
		assertThat(instances).as("process instances of " + businessKey).isNotEmpty();
		List<Job> jobs = this.management.createJobQuery()
			.activityId(activityId)
			.list()
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()))
			.toList();
		assertThat(jobs).as("jobs of " + businessKey + " at " + activityId).hasSize(1);
		return jobs.get(0);
	}

	public void run(String businessKey, String activityId) {
		this.management.executeJob(of(businessKey, activityId).getId());
	}

}
