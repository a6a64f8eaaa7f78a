package cn.gov.finance.perf.evaluation;

import java.util.Optional;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The self-evaluation window of each fiscal year (administrators and the performance office keep it). */
@Service
public class EvaluationWindows {

	private final EvaluationWindowRepository windows;

	EvaluationWindows(EvaluationWindowRepository windows) {
		this.windows = windows;
	}

	public Optional<EvaluationWindow> find(int fiscalYear) {
		return this.windows.findById(fiscalYear);
	}

	@Transactional
	public EvaluationWindow save(SelfEvaluationForms.Window form, AppUser user) {
		if (!user.hasAnyRole(Roles.ADMIN, Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("evaluation.windowForbidden");
		}
		if (!form.dueOn().isAfter(form.opensOn())) {
			throw DomainException.invalid("dueOn", "evaluation.dueAfterOpen");
		}
		if (form.opensOn().getYear() <= form.fiscalYear() - 1) {
			throw DomainException.invalid("opensOn", "evaluation.opensInYear");
		}
		EvaluationWindow window = this.windows.findById(form.fiscalYear())
			.orElseGet(() -> new EvaluationWindow(form.fiscalYear(), form.opensOn(), form.dueOn(), user.id()));
		window.change(form.opensOn(), form.dueOn(), user.id());
		return this.windows.save(window);
	}

}
