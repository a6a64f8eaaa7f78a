package cn.gov.finance.perf.target;

import static cn.gov.finance.perf.target.process.TargetCompilationProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.funds.FundActionType;
import cn.gov.finance.perf.funds.FundLedger;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.TaskKind;
import cn.gov.finance.perf.inbox.TaskPipeline;
import cn.gov.finance.perf.inbox.TaskStep;
import cn.gov.finance.perf.indicator.IndicatorCategory;
import cn.gov.finance.perf.indicator.IndicatorCategoryRepository;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.item.ItemStatus;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import cn.gov.finance.perf.target.TargetEnums.BudgetDecision;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import cn.gov.finance.perf.target.TargetEnums.ReviewStep;
import cn.gov.finance.perf.target.process.TargetAdjustmentStarter;

import cn.gov.finance.perf.inbox.TaskReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target sheets through compilation, review, budget approval and adjustment. Every task step writes
 * its record and completes its task in one transaction.
 */
@Service
public class TargetService {

	static final List<String> LEVEL1 = List.of("OUTPUT", "BENEFIT", "SATISFACTION");

	private final TargetSheetRepository sheets;

	private final TargetReviewRepository reviews;

	private final WeightTemplateRepository templates;

	private final IndicatorCategoryRepository categories;

	private final TaskPipeline tasks;

	private final ItemAccess access;

	private final ItemService items;

	private final TargetAdjustmentStarter adjustmentStarter;

	private final FundLedger ledger;

	private final BudgetItemRepository itemRepository;

	TargetService(TargetSheetRepository sheets, TargetReviewRepository reviews, WeightTemplateRepository templates,
			IndicatorCategoryRepository categories, TaskPipeline tasks, ItemAccess access, ItemService items,
			TargetAdjustmentStarter adjustmentStarter, FundLedger ledger, BudgetItemRepository itemRepository) {
		this.itemRepository = itemRepository;
		this.sheets = sheets;
		this.reviews = reviews;
		this.templates = templates;
		this.categories = categories;
		this.tasks = tasks;
		this.access = access;
		this.items = items;
		this.adjustmentStarter = adjustmentStarter;
		this.ledger = ledger;
	}

	/** The item's first sheet: created on the first call, returned on every later one. */
	@Transactional
	public Long openInitial(Long itemId) {
		return this.sheets.findByItemIdOrderByVersionNoAsc(itemId)
			.stream()
			.filter(sheet -> sheet.getVersionNo() == 1)
			.findFirst()
			.orElseGet(() -> this.sheets.save(TargetSheet.initial(itemId)))
			.getId();
	}

	/** The sheet a target task is about, if the user may act on the task. */
	@Transactional(readOnly = true)
	public TargetSheet sheetOfTask(String taskId, AppUser user) {
		return sheetOf(this.tasks.read(taskId, user));
	}

	@Transactional
	public TargetSheet saveDraft(String taskId, TargetSheetForm form, AppUser user) {
		return this.tasks.act(taskId, user, TaskKind.of(KEY, EDIT_TASKS), step -> {
			TargetSheet sheet = sheetOf(step);
			sheet.replaceContent(form);
			return sheet;
		});
	}

	@Transactional
	public TargetSheet submit(String taskId, TargetSheetForm form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, EDIT_TASKS), step -> {
			TargetSheet sheet = sheetOf(step);
			validateComplete(form);
			sheet.replaceContent(form);
			sheet.submit();
			step.record("SUBMITTED", null);
			return sheet;
		});
	}

	@Transactional
	public TargetReview departmentReview(String taskId, TargetForms.DepartmentReview form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_DEPARTMENT_REVIEW), step -> {
			TargetSheet sheet = sheetOf(step);
			TargetReview review = this.reviews.save(TargetReview.department(sheet.getId(), form, step.id(), user.id()));
			if (form.decision() == DepartmentDecision.RETURN) {
				sheet.returnForRevision();
			}
			step.set(VAR_DEPARTMENT_DECISION, form.decision().name()).record(form.decision().name(), form.opinion());
			return review;
		});
	}

	@Transactional
	public TargetReview financeReview(String taskId, TargetForms.FinanceReview form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_FINANCE_REVIEW), step -> {
			TargetSheet sheet = sheetOf(step);
			TargetReview review = this.reviews.save(TargetReview.finance(sheet.getId(), form, step.id(), user.id()));
			sheet.grade(form.grade());
			this.items.showGrade(sheet.getItemId(), form.grade().name());
			step.set(VAR_GRADE, form.grade().name()).record(form.grade().name(), form.opinion());
			return review;
		});
	}

	@Transactional
	public TargetReview budgetApproval(String taskId, TargetForms.BudgetApproval form, AppUser user) {
		return this.tasks.complete(taskId, user, TaskKind.of(KEY, TASK_BUDGET_APPROVAL), step -> {
			TargetSheet sheet = sheetOf(step);
			if (form.decision() == BudgetDecision.APPROVE && form.approvedAmount() == null) {
				throw DomainException.invalid("approvedAmount", "target.approvedAmountRequired");
			}
			BigDecimal requested = this.itemRepository.findById(sheet.getItemId()).map(BudgetItem::getAmount).orElse(null);
			boolean overRequest = form.decision() == BudgetDecision.APPROVE && requested != null
					&& form.approvedAmount().compareTo(requested) > 0;
			if (overRequest && (form.overRequestReason() == null || form.overRequestReason().isBlank())) {
				throw DomainException.invalid("overRequestReason", "target.overRequestReason",
						form.approvedAmount().toPlainString(), requested.toPlainString());
			}
			TargetForms.BudgetApproval recorded = overRequest ? new TargetForms.BudgetApproval(form.decision(),
					form.approvedAmount(), form.opinion().trim() + "（核定金额超过申请金额 " + requested.toPlainString() + " 元，理由："
							+ form.overRequestReason().trim() + "）", form.overRequestReason()) : form;
			TargetReview review = this.reviews.save(TargetReview.budget(sheet.getId(), recorded, step.id(), user.id()));
			step.set(VAR_BUDGET_DECISION, form.decision().name()).record(form.decision().name(), form.opinion());
			return review;
		});
	}

	/**
	 * The end of a review, called by the process: an approved version takes force with its budget
	 * (同步批复) and replaces the previous one; a rejected one is recorded with the reason.
	 */
	@Transactional
	public void recordOutcome(Long sheetId, SheetStatus outcome) {
		TargetSheet sheet = this.sheets.findById(sheetId).orElseThrow(() -> DomainException.notFound("Target sheet", sheetId));
		if (sheet.getStatus() == outcome) {
			return;
		}
		if (outcome == SheetStatus.APPROVED) {
			java.util.Optional<TargetSheet> previous = this.sheets.findByItemIdAndStatus(sheet.getItemId(), SheetStatus.APPROVED);
			previous.ifPresent(TargetSheet::supersede);
			sheet.decide(SheetStatus.APPROVED);
			TargetReview approval = this.reviews.findFirstBySheetIdAndStepOrderByIdDesc(sheetId, ReviewStep.BUDGET)
				.orElseThrow(() -> DomainException.conflict("target.noBudgetApproval", sheet.getVersionNo()));
			BudgetItem item = this.access.require(sheet.getItemId());
			BigDecimal before = item.getApprovedAmount();
			if (previous.isPresent() && before != null && approval.getApprovedAmount().compareTo(before) != 0) {
				this.ledger.record(item.getId(), FundActionType.REALLOCATE, approval.getApprovedAmount().subtract(before),
						"预算调剂（绩效目标第 " + sheet.getVersionNo() + " 版）：" + approval.getOpinion(),
						approval.getReviewedBy(), null, "TargetAdjustment", "sheet:" + sheetId + ":reallocate");
			}
			this.items.approveBudget(sheet.getItemId(), approval.getApprovedAmount());
			return;
		}
		sheet.decide(outcome);
		boolean inForce = this.sheets.findByItemIdAndStatus(sheet.getItemId(), SheetStatus.APPROVED).isPresent();
		if (!inForce) {
			String reason = outcome == SheetStatus.REJECTED ? "绩效目标评审等级为差，不得进入预算安排"
					: "预算未批复：" + this.reviews.findFirstBySheetIdAndStepOrderByIdDesc(sheetId, ReviewStep.BUDGET)
						.map(TargetReview::getOpinion)
						.orElse("");
			this.items.noteReason(sheet.getItemId(), reason);
		}
	}

	/**
	 * A department asks to change its approved target: a new version, copied from the approved one,
	 * goes through the same review. One adjustment at a time.
	 */
	@Transactional
	public TargetSheet startAdjustment(String itemCode, TargetForms.AdjustmentRequest request, AppUser user) {
		BudgetItem item = this.access.requireVisible(itemCode, user);
		if (!user.hasRole(Roles.DEPARTMENT) || !item.getDepartmentCode().equals(user.orgCode())) {
			throw DomainException.forbidden("target.adjustmentDepartmentOnly");
		}
		if (item.getStatus() != ItemStatus.ACTIVE) {
			throw DomainException.conflict("target.itemClosed", itemCode);
		}
		TargetSheet draft = openAdjustmentDraft(item.getId(), request.reason(), request.note().trim(), user.id());
		this.adjustmentStarter.start(item, draft.getId());
		return draft;
	}

	/**
	 * A new draft version copied from the approved one, for an adjustment; refused while another
	 * adjustment is under way. Used by the department's request and by monitoring deviations.
	 */
	@Transactional
	public TargetSheet openAdjustmentDraft(Long itemId, TargetEnums.AdjustmentReason reason, String note, String user) {
		TargetSheet approved = this.sheets.findByItemIdAndStatus(itemId, SheetStatus.APPROVED)
			.orElseThrow(() -> DomainException.conflict("target.noApprovedTarget"));
		if (this.sheets.existsByItemIdAndStatusIn(itemId, List.of(SheetStatus.DRAFT, SheetStatus.SUBMITTED))) {
			throw DomainException.conflict("target.adjustmentUnderWay");
		}
		int next = this.sheets.findFirstByItemIdOrderByVersionNoDesc(itemId).orElseThrow().getVersionNo() + 1;
		return this.sheets.saveAndFlush(approved.adjustment(next, reason, note, user));
	}

	/** The version in force, if the item has one. */
	@Transactional(readOnly = true)
	public java.util.Optional<TargetSheet> inForce(Long itemId) {
		return this.sheets.findByItemIdAndStatus(itemId, SheetStatus.APPROVED);
	}

	@Transactional(readOnly = true)
	public List<TargetSheet> history(BudgetItem item) {
		return this.sheets.findByItemIdOrderByVersionNoAsc(item.getId());
	}

	@Transactional(readOnly = true)
	public Map<Long, List<TargetReview>> reviewsOf(List<TargetSheet> versions) {
		return this.reviews.findBySheetIdInOrderByReviewedAtAscIdAsc(versions.stream().map(TargetSheet::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TargetReview::getSheetId));
	}

	/**
	 * Changes the template weights (administrators and the performance office). They must add up to
	 * 100; sheets approved before keep the weights they were approved with.
	 */
	@Transactional
	public WeightTemplate updateTemplate(TargetForms.Weights weights, AppUser user) {
		if (!user.hasAnyRole(Roles.ADMIN, Roles.FINANCE_PERFORMANCE)) {
			throw DomainException.forbidden("target.templateForbidden");
		}
		BigDecimal sum = weights.executionWeight()
			.add(weights.outputWeight())
			.add(weights.benefitWeight())
			.add(weights.satisfactionWeight());
		if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
			throw DomainException.invalid("weights", "target.weightsTotal", sum);
		}
		WeightTemplate template = template();
		template.change(weights.executionWeight(), weights.outputWeight(), weights.benefitWeight(),
				weights.satisfactionWeight(), user.id());
		return template;
	}

	public WeightTemplate template() {
		return this.templates.findById(WeightTemplate.DEFAULT).orElseThrow();
	}

	private TargetSheet sheetOf(TaskStep step) {
		Long sheetId = step.longVariable(VAR_SHEET_ID);
		return this.sheets.findById(sheetId).orElseThrow(() -> DomainException.notFound("Target sheet", sheetId));
	}

	/**
	 * What a submitted sheet must satisfy (domain.md §3.2): both goals; every level-1 category;
	 * level 2 under its level 1; a numeric value and unit for ≥ ≤ =, a text for qualitative; and the
	 * weights of each category adding up to the template's weight for it.
	 */
	void validateComplete(TargetSheetForm form) {
		Map<String, IndicatorCategory> tree = this.categories.findAll()
			.stream()
			.collect(Collectors.toMap(IndicatorCategory::getCode, Function.identity()));
		List<FieldMessage> errors = new ArrayList<>();
		if (isBlank(form.overallGoal())) {
			errors.add(FieldMessage.of("overallGoal", "target.overallGoalRequired"));
		}
		if (isBlank(form.annualGoal())) {
			errors.add(FieldMessage.of("annualGoal", "target.annualGoalRequired"));
		}
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		LEVEL1.forEach(code -> weights.put(code, BigDecimal.ZERO));
		for (int i = 0; i < form.indicators().size(); i++) {
			TargetSheetForm.TargetIndicatorInput row = form.indicators().get(i);
			String at = "indicators[" + i + "].";
			IndicatorCategory level1 = tree.get(row.level1());
			IndicatorCategory level2 = tree.get(row.level2());
			if (level1 == null || level1.getLevelNo() != 1) {
				errors.add(FieldMessage.of(at + "level1", "target.level1Required"));
			}
			else if (level2 == null || !row.level1().equals(level2.getParentCode())) {
				errors.add(FieldMessage.of(at + "level2", "target.level2Under", level1.getName()));
			}
			if (isBlank(row.name())) {
				errors.add(FieldMessage.of(at + "name", "target.nameRequired"));
			}
			if (row.comparator() == null) {
				errors.add(FieldMessage.of(at + "comparator", "target.comparatorRequired"));
			}
			else if (row.comparator().numeric()) {
				if (row.targetValue() == null) {
					errors.add(FieldMessage.of(at + "targetValue", "target.valueRequired"));
				}
				else if (row.targetValue().signum() < 0) {
					errors.add(FieldMessage.of(at + "targetValue", "target.valueNegative"));
				}
				if (isBlank(row.unit())) {
					errors.add(FieldMessage.of(at + "unit", "target.unitRequired"));
				}
			}
			else if (isBlank(row.targetText())) {
				errors.add(FieldMessage.of(at + "targetText", "target.textRequired"));
			}
			if (row.weight() == null) {
				errors.add(FieldMessage.of(at + "weight", "target.weightRequired"));
			}
			else if (level1 != null && weights.containsKey(level1.getCode())) {
				weights.merge(level1.getCode(), row.weight(), BigDecimal::add);
			}
		}
		WeightTemplate template = template();
		for (String code : LEVEL1) {
			IndicatorCategory category = tree.get(code);
			boolean present = form.indicators().stream().anyMatch(row -> code.equals(row.level1()));
			if (!present) {
				errors.add(FieldMessage.of("indicators", "target.categoryMissing", category.getName()));
				continue;
			}
			BigDecimal expected = template.weightOf(code);
			if (weights.get(code).compareTo(expected) != 0) {
				errors.add(FieldMessage.of("indicators", "target.categoryWeights", category.getName(), expected,
						weights.get(code)));
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}


	/** A return to an edit step reopens the version under review for editing. */
	@EventListener
	void returned(TaskReturned returned) {
		if (!KEY.equals(returned.processKey()) || !java.util.List.of(EDIT_TASKS).contains(returned.targetTaskKey())) {
			return;
		}
		Long sheetId = returned.longVariable(VAR_SHEET_ID);
		this.sheets.findById(sheetId)
			.filter(sheet -> sheet.getStatus() == SheetStatus.SUBMITTED)
			.ifPresent(TargetSheet::returnForRevision);
	}

}
