package cn.gov.finance.perf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.inbox.InboxReconciler;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After every test on the full application: the inbox read model holds exactly the engine's open
 * tasks, with their assignees and candidate groups. So every process path the suite drives (task
 * steps, timers, boundary events, call activities, multi-instance, errors that end a stage) is
 * also a test of the read model's listener.
 */
public class InboxConsistencyCheck implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		InboxReconciler reconciler = SpringExtension.getApplicationContext(context).getBean(InboxReconciler.class);
		InboxReconciler.InboxConsistency differences = reconciler.differences();
		assertThat(differences.consistent())
			.as("inbox read model differs from ACT_RU_TASK after %s: %s", context.getDisplayName(), differences)
			.isTrue();
	}

}
