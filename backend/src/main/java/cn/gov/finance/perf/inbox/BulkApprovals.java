package cn.gov.finance.perf.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.Problems;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * 批量审批: tasks of one kind approved with one opinion. The preview says, per task, what will happen
 * or why it cannot be done; the approval does each task alone, through its feature's own step and
 * in its own transaction, so one that fails (completed by someone else meanwhile, refused by
 * separation of duties) leaves the others done and itself untouched.
 */
@Service
public class BulkApprovals {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkApprovals.class);

	public static final int MAX_TASKS = 100;

	private final Map<String, BulkApprover> approvers;

	private final TaskPipeline pipeline;

	private final TaskCompletions completions;

	private final ProcessModels models;

	private final Problems problems;

	private final HolderNames names;

	BulkApprovals(List<BulkApprover> approvers, TaskPipeline pipeline, TaskCompletions completions, ProcessModels models,
			Problems problems, HolderNames names) {
		this.problems = problems;
		this.names = names;
		this.approvers = approvers.stream().collect(Collectors.toMap(a -> a.processKey() + "/" + a.taskKey(), Function.identity()));
		this.pipeline = pipeline;
		this.completions = completions;
		this.models = models;
	}

	/** One task of a bulk approval: what will (or did) happen, or why not. */
	public record BulkItem(String taskId, @Nullable String taskName, @Nullable String about, boolean ok,
			@Nullable String outcome, @Nullable String reason) {
	}

	/** The task kinds that can be approved in bulk (for the inbox to offer the action). */
	public List<String> kinds() {
		return this.approvers.values().stream().map(BulkApprover::taskKey).distinct().sorted().toList();
	}

	public List<BulkItem> preview(List<String> taskIds, AppUser user) {
		List<BulkItem> items = new ArrayList<>();
		String kind = null;
		for (String taskId : taskIds) {
			InboxRow row;
			TaskPipeline.Offer offer;
			try {
				offer = this.pipeline.visible(taskId, user);
				row = offer.row();
			}
			catch (DomainException ex) {
				items.add(new BulkItem(taskId, null, null, false, null, this.problems.render(ex.detail())));
				continue;
			}
			String key = row.processKey() + "/" + row.taskKey();
			BulkApprover approver = this.approvers.get(key);
			String about = TaskActions.about(row);
			if (approver == null) {
				items.add(new BulkItem(taskId, row.taskName(), about, false, null, this.problems.render(Message.of("bulk.notBulk", row.taskName()))));
				continue;
			}
			if (kind == null) {
				kind = key;
			}
			Optional<String> why = whyNot(row, offer, user, key, kind).map(this.problems::render);
			items.add(why.isPresent() ? new BulkItem(taskId, row.taskName(), about, false, null, why.get())
					: new BulkItem(taskId, row.taskName(), about, true, approver.outcome(), null));
		}
		return items;
	}

	private Optional<Message> whyNot(InboxRow row, TaskPipeline.Offer offer, AppUser user, String key, String kind) {
		if (!key.equals(kind)) {
			return Optional.of(Message.of("bulk.otherKind"));
		}
		String holder = offer.onBehalfOf() != null ? offer.onBehalfOf() : user.id();
		if (row.assignee() != null && !row.assignee().equals(holder)) {
			return Optional.of(Message.of("task.claimedBy", this.names.user(row.assignee())));
		}
		if (row.delegated()) {
			return Optional.of(Message.of("bulk.delegated"));
		}
		return this.models.find(row.processKey()).flatMap(m -> m.separationOf(row.taskKey())).flatMap(rule -> this.completions
			.latest(row.processInstanceId(), rule.producers())
			.filter(done -> user.id().equals(done.actor()) || user.id().equals(done.onBehalfOf())
					|| (offer.onBehalfOf() != null && offer.onBehalfOf().equals(done.actor())))
			.map(done -> Message.of("separation.refused", Message.of(rule.rule()))));
	}

	/** Approves each task that the preview allows, one transaction each; reports every outcome. */
	public List<BulkItem> approve(List<String> taskIds, AppUser user, String opinion) {
		List<BulkItem> results = new ArrayList<>();
		for (BulkItem item : preview(taskIds, user)) {
			if (!item.ok()) {
				results.add(item);
				continue;
			}
			try {
				InboxRow row = this.pipeline.resolveVisibleUnchecked(item.taskId());
				this.approvers.get(row.processKey() + "/" + row.taskKey()).approve(item.taskId(), user, opinion);
				results.add(item);
			}
			catch (DomainException ex) {
				results.add(new BulkItem(item.taskId(), item.taskName(), item.about(), false, null, this.problems.render(ex.detail())));
			}
			catch (RuntimeException ex) {
				// A concurrent change the engine caught (optimistic locking) or any other failure of this
				// task's own transaction: it is rolled back, the others stand.
				log.warn("Bulk approval of task {} failed", item.taskId(), ex);
				results.add(new BulkItem(item.taskId(), item.taskName(), item.about(), false, null, this.problems.render(Message.of("bulk.failed"))));
			}
		}
		return results;
	}

}
