package cn.gov.finance.perf.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.audit.AuditReviewController.AuditFindingView;
import cn.gov.finance.perf.audit.AuditReviewController.AuditReviewView;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of audit reviews: builds the API's views, findings included, in one read-only
 * transaction. After a write the controller asks for the review by id, so the view shows what was
 * committed.
 */
@Component
class AuditReviewViews {

	private final AuditReviewService service;

	private final AuditReviewRepository reviews;

	private final BudgetItemRepository items;

	AuditReviewViews(AuditReviewService service, AuditReviewRepository reviews, BudgetItemRepository items) {
		this.service = service;
		this.reviews = reviews;
		this.items = items;
	}

	@Transactional(readOnly = true)
	AuditReviewView view(Long id) {
		return view(this.reviews.findById(id).orElseThrow(() -> DomainException.notFound("Audit review", id)));
	}

	@Transactional(readOnly = true)
	List<AuditReviewView> ofItem(String itemCode, AppUser user) {
		return views(this.service.ofItem(itemCode, user));
	}

	@Transactional(readOnly = true)
	List<AuditReviewView> all(AppUser user) {
		return views(this.service.all(user));
	}

	@Transactional(readOnly = true)
	AuditReviewView ofTask(String taskId, AppUser user) {
		return view(this.service.ofTask(taskId, user));
	}

	private AuditReviewView view(AuditReview review) {
		return views(List.of(review)).get(0);
	}

	private List<AuditReviewView> views(List<AuditReview> reviews) {
		Set<String> codes = reviews.stream().map(AuditReview::getItemCode).collect(Collectors.toSet());
		Map<String, BudgetItem> byCode = this.items.findAllByCodeIn(codes)
			.stream()
			.collect(Collectors.toMap(BudgetItem::getCode, Function.identity()));
		return reviews.stream().map(r -> {
			BudgetItem item = byCode.get(r.getItemCode());
			return new AuditReviewView(r.getId(), r.getItemCode(), item == null ? r.getItemCode() : item.getName(),
					item == null ? null : item.getDepartmentCode(), r.getScope(), r.getStatus(), r.getConclusion(),
					r.getOpenedBy(), r.getOpenedAt(), r.getClosedBy(), r.getClosedAt(),
					r.getFindings()
						.stream()
						.map(f -> new AuditFindingView(f.getId(), f.getCategory(), f.isSerious(), f.getDescription(),
								f.getAmount(), f.getRecordedBy(), f.getRecordedAt(), f.isReferred(), f.getReferredTo(),
								f.getReferralNo(), f.getReferralReason(), f.getReferredBy(), f.getReferredAt()))
						.toList());
		}).toList();
	}

}
