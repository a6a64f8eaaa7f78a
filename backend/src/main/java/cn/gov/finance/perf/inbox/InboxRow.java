package cn.gov.finance.perf.inbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.lang.Nullable;

/** One open task as the inbox keeps it (a row of {@code inbox_task} with its candidate groups). */
record InboxRow(String taskId, String processInstanceId, String processKey, String taskKey, String taskName,
		@Nullable String formKey, TaskStage stage, @Nullable String businessKey, @Nullable Long itemId,
		@Nullable String itemCode, @Nullable String itemName, @Nullable String itemKind, @Nullable String subject,
		@Nullable String departmentCode, @Nullable String unitCode, @Nullable String divisionCode,
		@Nullable Integer fiscalYear, @Nullable String budgetType, @Nullable BigDecimal amount,
		@Nullable String warningLight, @Nullable String grade, int priority, @Nullable Instant dueAt,
		@Nullable String assignee, @Nullable Instant claimedAt, @Nullable String owner, Instant createdAt,
		@Nullable String delegation, int urgeCount, @Nullable Instant lastUrgedAt, List<String> groups) {

	/** Delegated (委派) and not yet handed back: only the helper works on it, and only to resolve it. */
	boolean delegated() {
		return "PENDING".equals(this.delegation);
	}

	boolean offeredTo(String userId, List<String> userGroups) {
		return userId.equals(this.assignee) || this.groups.stream().anyMatch(userGroups::contains);
	}

}
