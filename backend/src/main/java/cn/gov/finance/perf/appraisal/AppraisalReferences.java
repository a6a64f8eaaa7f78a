package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.evaluation.SelfEvaluation;
import cn.gov.finance.perf.evaluation.SelfEvaluationService;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.overall.BodyEvaluation;
import cn.gov.finance.perf.overall.BodyEvaluationService;
import cn.gov.finance.perf.overall.BodyKind;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record of the year says about each appraised body, for finance to weigh while scoring:
 * how many of its funded items have a fixed self-evaluation and their average score, and the grade
 * of its 部门整体 or 财政运行 evaluation. A department's items are its own; a county's are those of
 * its division.
 */
@Component
class AppraisalReferences {

	private final BudgetItemRepository items;

	private final SelfEvaluationService evaluations;

	private final BodyEvaluationService bodies;

	AppraisalReferences(BudgetItemRepository items, SelfEvaluationService evaluations, BodyEvaluationService bodies) {
		this.items = items;
		this.evaluations = evaluations;
		this.bodies = bodies;
	}

	@Transactional(readOnly = true)
	Map<Long, Reference> of(Appraisal appraisal) {
		List<BudgetItem> funded = this.items
			.findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(appraisal.getFiscalYear());
		Map<Long, SelfEvaluation> fixed = new HashMap<>();
		this.evaluations.fixed(funded.stream().map(BudgetItem::getId).toList()).forEach(e -> fixed.put(e.getItemId(), e));
		Map<String, BodyEvaluation> bodies = new HashMap<>();
		this.bodies.allOfYear(appraisal.getFiscalYear()).forEach(b -> bodies.put(b.getKind() + ":" + b.getSubjectCode(), b));
		Map<Long, Reference> references = new HashMap<>();
		for (AppraisalEntry entry : appraisal.getEntries()) {
			List<BudgetItem> own = funded.stream()
				.filter(i -> entry.getKind() == BodyKind.DEPARTMENT ? entry.getSubjectCode().equals(i.getDepartmentCode())
						: entry.getSubjectCode().equals(i.getDivisionCode()))
				.toList();
			List<BigDecimal> scores = own.stream()
				.map(i -> fixed.get(i.getId()))
				.filter(java.util.Objects::nonNull)
				.map(SelfEvaluation::getTotalScore)
				.toList();
			BigDecimal average = scores.isEmpty() ? null
					: scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
			BodyEvaluation body = bodies.get(entry.getKind() + ":" + entry.getSubjectCode());
			references.put(entry.getId(), new Reference(own.size(), scores.size(), average,
					body == null ? null : body.getTotalScore(), body == null ? null : body.getGrade()));
		}
		return references;
	}

	/** The year's record of one body. */
	record Reference(int fundedItems, int evaluatedItems, @Nullable BigDecimal averageScore,
			@Nullable BigDecimal bodyScore, @Nullable Grade bodyGrade) {
	}

}
