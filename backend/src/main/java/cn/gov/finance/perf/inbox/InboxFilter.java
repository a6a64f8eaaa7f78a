package cn.gov.finance.perf.inbox;

import java.util.List;

import org.springframework.lang.Nullable;

/**
 * What the approver narrows the inbox to. Every field is optional; lists mean "any of". The
 * same parameters are the inbox URL's query string, so a view can be bookmarked and saved.
 */
record InboxFilter(List<TaskStage> stages, List<String> taskKeys, List<String> itemKinds, List<String> departments,
		List<String> divisions, List<Integer> fiscalYears, List<String> budgetTypes, List<String> lights,
		List<String> grades, @Nullable Due due, @Nullable Integer dueWithinDays, @Nullable String search) {

	/** overdue: past its due date; soon: due within {@code dueWithinDays} (default 3); none: no due date. */
	enum Due {

		OVERDUE, SOON, NONE

	}

	static InboxFilter none() {
		return new InboxFilter(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), null, null, null);
	}

}
