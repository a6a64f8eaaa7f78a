package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.identity.AppUser;

/**
 * A kind of task that can be approved in bulk with one opinion (the routine "pass" of a review).
 * Each feature declares its own as beans; the approval goes through the feature's own task step, so
 * each task is checked, recorded and completed as if done alone, in its own transaction.
 */
public interface BulkApprover {

	String processKey();

	String taskKey();

	/** What the approval decides, as the preview says it ("予以支持", "审核通过"). */
	String outcome();

	void approve(String taskId, AppUser user, String opinion);

	static BulkApprover of(String processKey, String taskKey, String outcome, Step step) {
		return new BulkApprover() {
			@Override
			public String processKey() {
				return processKey;
			}

			@Override
			public String taskKey() {
				return taskKey;
			}

			@Override
			public String outcome() {
				return outcome;
			}

			@Override
			public void approve(String taskId, AppUser user, String opinion) {
				step.approve(taskId, user, opinion);
			}
		};
	}

	@FunctionalInterface
	interface Step {

		void approve(String taskId, AppUser user, String opinion);

	}

}
