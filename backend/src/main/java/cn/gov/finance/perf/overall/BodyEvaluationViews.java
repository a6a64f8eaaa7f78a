package cn.gov.finance.perf.overall;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.overall.BodyEvaluationController.BodyDecisionView;
import cn.gov.finance.perf.overall.BodyEvaluationController.BodyEvaluationView;
import cn.gov.finance.perf.overall.BodyEvaluationController.BodyRowView;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Problems;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of body evaluations: the API's view with its dimension rows and decisions, built in
 * one read-only transaction. After a write the controller asks for the evaluation by id, so the view
 * shows what was committed.
 */
@Component
class BodyEvaluationViews {

	private final BodyEvaluationService service;

	private final BodyEvaluationRepository evaluations;

	private final OrgDirectory directory;

	private final Problems problems;

	BodyEvaluationViews(BodyEvaluationService service, BodyEvaluationRepository evaluations, OrgDirectory directory,
			Problems problems) {
		this.service = service;
		this.evaluations = evaluations;
		this.directory = directory;
		this.problems = problems;
	}

	@Transactional(readOnly = true)
	BodyEvaluationView view(Long id) {
		return view(this.evaluations.findById(id).orElseThrow(() -> DomainException.notFound("Body evaluation", id)));
	}

	@Transactional(readOnly = true)
	List<BodyEvaluationView> ofYear(int fiscalYear, AppUser user) {
		return this.service.ofYear(fiscalYear, user).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	BodyEvaluationView visible(Long id, AppUser user) {
		return view(this.service.visible(id, user));
	}

	@Transactional(readOnly = true)
	BodyEvaluationView ofTask(String taskId, AppUser user) {
		return view(this.service.ofTask(taskId, user));
	}

	private BodyEvaluationView view(BodyEvaluation e) {
		OrgDirectory.Names names = this.directory.names();
		String subjectName = e.getKind() == BodyKind.DEPARTMENT ? names.org(e.getSubjectCode())
				: names.division(e.getSubjectCode());
		return new BodyEvaluationView(e.getId(), e.getKind(), e.getFiscalYear(), e.getSubjectCode(), subjectName,
				e.getStatus(), e.getSelfReportDue(), e.isSelfReportOverdue(), e.getSelfSummary(), e.getReportedBy(),
				e.getReportedAt(), e.getTotalScore(), e.getGrade(), e.getScoredBy(), e.getBaseAmount(), e.getLinkageAction(),
				e.getLinkageRate(), e.getProposedAmount(), e.getConfirmedAmount(), e.getConfirmedBy(), e.getConfirmedAt(),
				e.getStartedBy(), e.getStartedAt(),
				e.getRows()
					.stream()
					.map(r -> new BodyRowView(r.getDimension(), this.problems.render(r.getDimension().message()), r.getWeight(), r.getSelfScore(),
							r.getSelfNote(), r.getScore()))
					.toList(),
				this.service.decisionsOf(e)
					.stream()
					.map(d -> new BodyDecisionView(d.getStep(), d.getDecision(), d.getOpinion(), d.getDecidedBy(),
							d.getDecidedAt()))
					.toList());
	}

}
