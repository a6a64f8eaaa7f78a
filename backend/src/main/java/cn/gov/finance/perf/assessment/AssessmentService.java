package cn.gov.finance.perf.assessment;

import static cn.gov.finance.perf.assessment.process.ExAnteAssessmentProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemKind;
import cn.gov.finance.perf.org.ThirdParties;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting an assessment and reviewing it. Each stores its record and completes the task in one
 * transaction, so a failed completion leaves nothing behind and a repeated one finds no task.
 */
@Service
public class AssessmentService {

	private final AssessmentRepository assessments;

	private final AssessmentReviewRepository reviews;

	private final AssessmentDimensionRepository dimensions;

	private final TaskPipeline tasks;

	private final ItemAccess items;

	private final ThirdParties thirdParties;

	AssessmentService(AssessmentRepository assessments, AssessmentReviewRepository reviews,
			AssessmentDimensionRepository dimensions, TaskPipeline tasks, ItemAccess items, ThirdParties thirdParties) {
		this.assessments = assessments;
		this.reviews = reviews;
		this.dimensions = dimensions;
		this.tasks = tasks;
		this.items = items;
		this.thirdParties = thirdParties;
	}

	/** The template an item is assessed against: policies have their own five dimensions. */
	public List<AssessmentDimension> template(ItemKind kind) {
		return this.dimensions.findByItemKindOrderBySortOrderAsc(kind == ItemKind.POLICY ? "POLICY" : "PROJECT");
	}

	/** The assessor's (or the commissioned third party's) submission of one round. */
	@Transactional
	public Assessment submit(String taskId, AssessmentForm form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_FILL, TASK_THIRD_PARTY), step -> {
			BudgetItem item = itemOf(step);
			List<Assessment.Score> scores = validatedScores(form, template(item.getKind()));
			int round = this.assessments.findFirstByItemIdOrderByRoundNoDesc(item.getId())
				.map(last -> last.getRoundNo() + 1)
				.orElse(1);
			step.record(form.conclusion().name(), form.summary());
			return this.assessments.save(new Assessment(item.getId(), round, user.orgCode(), scores, form.conclusion(),
					form.summary().trim(), step.id(), user.id()));
		});
	}

	@Transactional
	public AssessmentReview review(String taskId, ReviewForm form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_REVIEW), step -> review(step, form, user));
	}

	private AssessmentReview review(TaskStep step, ReviewForm form, AppUser user) {
		BudgetItem item = itemOf(step);
		Assessment latest = this.assessments.findFirstByItemIdOrderByRoundNoDesc(item.getId())
			.orElseThrow(() -> DomainException.conflict("assessment.nothingToReview", item.getCode()));
		if (this.reviews.existsByAssessmentId(latest.getId())) {
			throw DomainException.conflict("assessment.alreadyReviewed", latest.getRoundNo(), item.getCode());
		}
		step.set(VAR_DECISION, form.decision().name()).record(form.decision().name(), form.opinion());
		String commissioned = null;
		if (form.decision() == AssessmentDecision.COMMISSION_THIRD_PARTY) {
			commissioned = this.thirdParties
				.requireIndependent("thirdPartyCode", form.thirdPartyCode(), item.getDepartmentCode(), item.getUnitCode())
				.getCode();
			step.set(VAR_THIRD_PARTY_GROUP, Roles.orgGroup(commissioned));
		}
		return this.reviews.save(new AssessmentReview(latest.getId(), form.decision(), form.opinion().trim(),
				commissioned, step.id(), user.id()));
	}

	@Transactional(readOnly = true)
	public List<Assessment> history(BudgetItem item) {
		return this.assessments.findByItemIdOrderByRoundNoAsc(item.getId());
	}

	@Transactional(readOnly = true)
	public Map<Long, AssessmentReview> reviewsOf(List<Assessment> rounds) {
		return this.reviews.findByAssessmentIdIn(rounds.stream().map(Assessment::getId).toList())
			.stream()
			.collect(Collectors.toMap(AssessmentReview::getAssessmentId, Function.identity()));
	}

	private BudgetItem itemOf(TaskStep step) {
		return this.items.require(step.longVariable(VAR_ITEM_ID));
	}

	/** Every dimension of the template scored exactly once, within 0 and its maximum, two decimals at most. */
	private static List<Assessment.Score> validatedScores(AssessmentForm form, List<AssessmentDimension> template) {
		Map<String, AssessmentDimension> byCode = template.stream()
			.collect(Collectors.toMap(AssessmentDimension::getCode, Function.identity()));
		List<FieldMessage> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Assessment.Score> scores = new ArrayList<>();
		for (int i = 0; i < form.scores().size(); i++) {
			AssessmentForm.ScoreInput input = form.scores().get(i);
			String field = "scores[" + i + "]";
			AssessmentDimension dimension = byCode.get(input.dimension());
			if (dimension == null) {
				errors.add(FieldMessage.of(field + ".dimension", "assessment.unknownDimension", input.dimension()));
				continue;
			}
			if (!seen.add(input.dimension())) {
				errors.add(FieldMessage.of(field + ".dimension", "assessment.scoredTwice", input.dimension()));
				continue;
			}
			BigDecimal score = input.score();
			if (score.signum() < 0 || score.compareTo(dimension.getMaxScore()) > 0) {
				errors.add(FieldMessage.of(field + ".score", "assessment.scoreRange", dimension.getMaxScore()));
				continue;
			}
			scores.add(new Assessment.Score(dimension.getCode(), score, blankToNull(input.remark())));
		}
		for (AssessmentDimension dimension : template) {
			if (!seen.contains(dimension.getCode())) {
				errors.add(FieldMessage.of("scores", "assessment.notScored", dimension.getName(), dimension.getCode()));
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		return scores;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
