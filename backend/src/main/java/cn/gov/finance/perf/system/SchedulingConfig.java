package cn.gov.finance.perf.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled housekeeping (the security log's purge); Camunda's job executor runs the processes' timers. */
@Configuration
@EnableScheduling
class SchedulingConfig {

}
