package cn.gov.finance.perf.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.application.ResultApplication;
import cn.gov.finance.perf.application.ResultApplicationService;
import cn.gov.finance.perf.evaluation.SelfEvaluation;
import cn.gov.finance.perf.evaluation.SelfEvaluationService;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.org.OrgDirectory;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结果公开: the fixed evaluation results of funded items, published with the final accounts. The
 * published result is the one applied: finance's key evaluation where it superseded the
 * self-evaluation, else the self-evaluation; with what it did to next year's budget.
 */
@Component
public class PublishedResults {

	private final BudgetItemRepository items;

	private final SelfEvaluationService evaluations;

	private final ResultApplicationService applications;

	private final OrgDirectory directory;

	PublishedResults(BudgetItemRepository items, SelfEvaluationService evaluations,
			ResultApplicationService applications, OrgDirectory directory) {
		this.items = items;
		this.evaluations = evaluations;
		this.applications = applications;
		this.directory = directory;
	}

	/** The fiscal year's results, of one department or of all. */
	@Transactional(readOnly = true)
	public List<PublishedResult> ofYear(int fiscalYear, @Nullable String departmentCode) {
		return of(this.items.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(fiscalYear)
			.stream()
			.filter(i -> departmentCode == null || departmentCode.isBlank() || departmentCode.equals(i.getDepartmentCode()))
			.toList());
	}

	/** The results of these items that have one, in their order. */
	@Transactional(readOnly = true)
	public List<PublishedResult> of(List<BudgetItem> items) {
		List<Long> ids = items.stream().map(BudgetItem::getId).toList();
		Map<Long, SelfEvaluation> fixed = this.evaluations.fixed(ids)
			.stream()
			.collect(Collectors.toMap(SelfEvaluation::getItemId, Function.identity()));
		Map<Long, ResultApplication> applied = this.applications.ofItems(ids);
		OrgDirectory.Names names = this.directory.names();
		return items.stream().filter(item -> fixed.containsKey(item.getId())).map(item -> {
			SelfEvaluation self = fixed.get(item.getId());
			Optional<ResultApplication> application = Optional.ofNullable(applied.get(item.getId()));
			boolean key = application.filter(a -> ResultApplicationService.SOURCE_KEY.equals(a.getResultSource())).isPresent();
			return new PublishedResult(item.getCode(), item.getName(), item.getDepartmentCode(),
					names.org(item.getDepartmentCode()), item.getApprovedAmount(),
					key ? ResultApplicationService.SOURCE_KEY : ResultApplicationService.SOURCE_SELF,
					key ? application.get().getTotalScore() : self.getTotalScore(),
					key ? application.get().getGrade() : self.getGrade().name(),
					application.map(ResultApplication::getLinkageAction).orElse(null),
					application.map(a -> a.getConfirmedAmount() != null ? a.getConfirmedAmount() : a.getProposedAmount())
						.orElse(null),
					application.map(a -> a.getConfirmedAmount() != null).orElse(false));
		}).toList();
	}

	public record PublishedResult(String itemCode, String itemName, String departmentCode, String departmentName,
			BigDecimal approvedAmount, String resultSource, BigDecimal totalScore, String grade,
			@Nullable String linkageAction, @Nullable BigDecimal nextYearAmount, boolean linkageConfirmed) {
	}

}
