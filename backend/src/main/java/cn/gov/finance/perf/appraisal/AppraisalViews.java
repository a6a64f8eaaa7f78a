package cn.gov.finance.perf.appraisal;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.appraisal.AppraisalController.AppraisalDecisionView;
import cn.gov.finance.perf.appraisal.AppraisalController.AppraisalEntryView;
import cn.gov.finance.perf.appraisal.AppraisalController.AppraisalReferenceView;
import cn.gov.finance.perf.appraisal.AppraisalController.AppraisalView;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.DomainException;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of appraisals: the API's view of a round, its entries and decisions as the user may
 * see them, built in one read-only transaction. After a write the controller asks for the round by id,
 * so the view shows what was committed.
 */
@Component
class AppraisalViews {

	private final AppraisalService service;

	private final AppraisalRepository appraisals;

	private final OrgDirectory directory;

	private final AppraisalReferences references;

	AppraisalViews(AppraisalService service, AppraisalRepository appraisals, OrgDirectory directory,
			AppraisalReferences references) {
		this.service = service;
		this.appraisals = appraisals;
		this.directory = directory;
		this.references = references;
	}

	@Transactional(readOnly = true)
	AppraisalView view(Long id, AppUser user) {
		return view(this.appraisals.findById(id).orElseThrow(() -> DomainException.notFound("Appraisal", id)), user,
				null);
	}

	@Transactional(readOnly = true)
	AppraisalView ofYear(int fiscalYear, AppUser user) {
		return view(this.service.ofYear(fiscalYear, user), user, null);
	}

	@Transactional(readOnly = true)
	AppraisalView ofTask(String taskId, AppUser user) {
		AppraisalService.TaskSubject subject = this.service.ofTask(taskId, user);
		return view(subject.appraisal(), user, subject.entryId());
	}

	private AppraisalView view(Appraisal a, AppUser user, @Nullable Long focus) {
		OrgDirectory.Names names = this.directory.names();
		boolean oversees = AppraisalService.oversees(user);
		Map<Long, AppraisalReferences.Reference> record = oversees ? this.references.of(a) : Map.of();
		List<AppraisalEntry> entries = a.getEntries();
		List<Long> ownEntries = entries.stream()
			.filter(e -> AppraisalService.seesDetails(user, e))
			.map(AppraisalEntry::getId)
			.toList();
		return new AppraisalView(a.getId(), a.getFiscalYear(), a.getStatus(), a.getCircular(), a.getStartedBy(),
				a.getStartedAt(), a.getCirculatedBy(), a.getCirculatedAt(), a.getClosedAt(), focus,
				entries.stream()
					.map(e -> entry(e, names, AppraisalService.seesDetails(user, e), record.get(e.getId())))
					.toList(),
				this.service.decisionsOf(a)
					.stream()
					.filter(d -> oversees || d.getEntryId() != null && ownEntries.contains(d.getEntryId()))
					.map(d -> new AppraisalDecisionView(d.getEntryId(), d.getStep(), d.getDecision(), d.getOpinion(),
							d.getDecidedBy(), d.getDecidedAt()))
					.toList(),
				a.getSkippedCounties()
					.stream()
					.map(code -> new AppraisalController.SkippedCounty(code,
							names.division(code) == null ? code : names.division(code)))
					.toList());
	}

	private static AppraisalEntryView entry(AppraisalEntry e, OrgDirectory.Names names, boolean details,
			@Nullable AppraisalReferences.Reference reference) {
		return new AppraisalEntryView(e.getId(), e.getKind(), e.getSubjectCode(), AppraisalService.subjectName(e, names), e.getStatus(), e.getScore(),
				e.getGrade(), e.isCommended(), e.getComment(), details ? e.getInterviewDate() : null,
				details ? e.getInterviewAttendees() : null, details ? e.getInterviewProblems() : null,
				details ? e.getRectifyDue() : null, details && e.isRectifyOverdue(),
				details ? e.getRectification() : null, details ? e.getRectifiedBy() : null,
				details ? e.getRectifiedAt() : null, details ? e.getVerifiedBy() : null,
				details ? e.getVerifiedAt() : null,
				reference == null ? null : new AppraisalReferenceView(reference.fundedItems(), reference.evaluatedItems(),
						reference.averageScore(), reference.bodyScore(), reference.bodyGrade()));
	}

}
