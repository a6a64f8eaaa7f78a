package cn.gov.finance.perf.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The name of this node of the cluster ({@code app.cluster.node-name}, by default host name and
 * process id). Camunda's job executor locks the jobs it acquires in this name
 * ({@code ACT_RU_JOB.LOCK_OWNER_}), so Cockpit and the fault suite can tell which node holds a job,
 * and a scheduled run claimed in {@code scheduled_run} names the node that ran it.
 */
@Configuration
public class ClusterNode {

	private final String name;

	ClusterNode(@Value("${app.cluster.node-name:}") String configured) {
		this.name = nameOf(configured);
	}

	public String name() {
		return this.name;
	}

	/** Static, so that the job executor (created early by Camunda's starter) is post-processed too. */
	@Bean
	static BeanPostProcessor jobExecutorLockOwner(@Value("${app.cluster.node-name:}") String configured) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JobExecutor executor) {
					executor.setLockOwner(nameOf(configured));
				}
				return bean;
			}
		};
	}

	static String nameOf(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		try {
			return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
		}
		catch (UnknownHostException ex) {
			return "node/" + ProcessHandle.current().pid();
		}
	}

}
