package cn.gov.finance.perf.evaluation;

import java.util.List;

import cn.gov.finance.perf.evaluation.EvaluationController.EvaluationView;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of self-evaluations: the API's view with its indicator rows, built in one read-only
 * transaction. After a submission the controller asks for the self-evaluation by id, so the view
 * shows what was committed.
 */
@Component
class SelfEvaluationViews {

	private final SelfEvaluationService service;

	private final SelfEvaluationRepository evaluations;

	private final ItemAccess access;

	SelfEvaluationViews(SelfEvaluationService service, SelfEvaluationRepository evaluations, ItemAccess access) {
		this.service = service;
		this.evaluations = evaluations;
		this.access = access;
	}

	/** The self-evaluation as a task step shows it: without its decisions. */
	@Transactional(readOnly = true)
	EvaluationView view(Long id) {
		return EvaluationView.of(
				this.evaluations.findById(id).orElseThrow(() -> DomainException.notFound("Self evaluation", id)),
				List.of());
	}

	@Transactional(readOnly = true)
	EvaluationView ofTask(String taskId, AppUser user) {
		return EvaluationView.of(this.service.ofTask(taskId, user), List.of());
	}

	@Transactional(readOnly = true)
	List<EvaluationView> ofItem(String code, AppUser user) {
		BudgetItem item = this.access.requireVisible(code, user);
		return this.service.ofItem(item.getId())
			.map(e -> List.of(EvaluationView.of(e, this.service.decisionsOf(e))))
			.orElse(List.of());
	}

}
