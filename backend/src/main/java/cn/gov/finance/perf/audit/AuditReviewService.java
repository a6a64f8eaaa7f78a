package cn.gov.finance.perf.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.audit.process.AuditReviewProcess;
import cn.gov.finance.perf.audit.process.AuditReviewStarter;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit reviews (审计复核): the audit office opens one on any item, records findings while it is
 * open (each once, however often it is sent), refers a finding to discipline inspection (once), and
 * closes it with a conclusion. Finance and administrators read every review; the item's department
 * and unit read a review once it is closed.
 */
@Service
public class AuditReviewService {

	private static final TaskKind REVIEW = TaskKind.of(AuditReviewProcess.KEY, AuditReviewProcess.TASK_REVIEW);

	private final AuditReviewRepository reviews;

	private final AuditFindingRepository findings;

	private final ItemAccess access;

	private final TaskPipeline tasks;

	private final AuditReviewStarter starter;

	AuditReviewService(AuditReviewRepository reviews, AuditFindingRepository findings, ItemAccess access,
			TaskPipeline tasks, AuditReviewStarter starter) {
		this.reviews = reviews;
		this.findings = findings;
		this.access = access;
		this.tasks = tasks;
		this.starter = starter;
	}

	@Transactional
	public AuditReview open(String itemCode, AuditForms.AuditReviewOpen form, AppUser user) {
		if (!user.hasRole(Roles.AUDIT)) {
			throw DomainException.forbidden("audit.auditOfficeOnly");
		}
		BudgetItem item = this.access.requireVisible(itemCode, user);
		if (this.reviews.findByItemCodeOrderByIdDesc(item.getCode())
			.stream()
			.anyMatch(r -> r.getStatus() == AuditReview.Status.OPEN)) {
			throw DomainException.conflict("audit.reviewOpen", item.getCode());
		}
		AuditReview review = this.reviews.saveAndFlush(new AuditReview(item.getCode(), form.scope().trim(), user.id(), now()));
		review.started(this.starter.start(item.getCode(), review.getId()));
		return review;
	}

	/** Records a finding; the same client key again returns the review with the finding recorded once. */
	@Transactional
	public AuditReview addFinding(String taskId, AuditForms.AuditFindingInput form, AppUser user) {
		return this.tasks.act(taskId, user, REVIEW, step -> {
			AuditReview review = reviewOf(step);
			Optional<AuditFinding> existing = review.getFindings()
				.stream()
				.filter(f -> f.getClientKey().equals(form.clientKey()))
				.findFirst();
			if (existing.isEmpty()) {
				review.add(new AuditFinding(form.clientKey(), form.category(), form.serious(), form.description().trim(),
						form.amount(), user.id(), now()));
				this.reviews.saveAndFlush(review);
			}
			return review;
		});
	}

	@Transactional
	public AuditReview refer(String taskId, Long findingId, AuditForms.AuditReferral form, AppUser user) {
		return this.tasks.act(taskId, user, REVIEW, step -> {
			AuditReview review = reviewOf(step);
			AuditFinding finding = review.getFindings()
				.stream()
				.filter(f -> f.getId().equals(findingId))
				.findFirst()
				.orElseThrow(() -> DomainException.notFound("Finding", findingId));
			if (finding.isReferred()) {
				throw DomainException.conflict("audit.alreadyReferred", finding.getReferredAt(), finding.getReferredTo());
			}
			finding.refer(form.referredTo().trim(), form.referralNo().trim(), form.reason().trim(), user.id(), now());
			this.findings.saveAndFlush(finding);
			return review;
		});
	}

	@Transactional
	public AuditReview close(String taskId, AuditForms.AuditReviewClose form, AppUser user) {
		return this.tasks.complete(taskId, user, REVIEW, step -> {
			AuditReview review = reviewOf(step);
			review.close(form.conclusion().trim(), user.id(), now());
			step.record("CLOSED", form.conclusion());
			return review;
		});
	}

	// ---- reading ----

	/** The reviews of an item the user may read: all for finance, audit and admin; closed ones for its owners. */
	@Transactional(readOnly = true)
	public List<AuditReview> ofItem(String itemCode, AppUser user) {
		BudgetItem item = this.access.requireVisible(itemCode, user);
		boolean all = ItemAccess.seesAll(user);
		return this.reviews.findByItemCodeOrderByIdDesc(item.getCode())
			.stream()
			.filter(r -> all || r.getStatus() == AuditReview.Status.CLOSED)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AuditReview> all(AppUser user) {
		if (!ItemAccess.seesAll(user)) {
			throw DomainException.forbidden("audit.overseersOnly");
		}
		return this.reviews.findAllByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public AuditReview ofTask(String taskId, AppUser user) {
		return reviewOf(this.tasks.read(taskId, user));
	}

	private AuditReview reviewOf(TaskStep step) {
		Long id = step.longVariable(AuditReviewProcess.VAR_REVIEW_ID);
		return this.reviews.findById(id)
			.orElseThrow(() -> DomainException.conflict("audit.notItsTask", step.id()));
	}

	private static Instant now() {
		return AppClock.instant();
	}

}
