package cn.gov.finance.perf.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.process.LifecycleStarter;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ItemService {

	private final BudgetItemRepository items;

	private final OrgUnitRepository orgUnits;

	private final ItemCodes codes;

	private final LifecycleStarter lifecycleStarter;

	private final ApplicationEventPublisher events;

	ItemService(BudgetItemRepository items, OrgUnitRepository orgUnits, ItemCodes codes,
			LifecycleStarter lifecycleStarter, ApplicationEventPublisher events) {
		this.events = events;
		this.items = items;
		this.orgUnits = orgUnits;
		this.codes = codes;
		this.lifecycleStarter = lifecycleStarter;
	}

	/**
	 * Stores the item and starts its lifecycle (and so its ex-ante assessment) in one transaction:
	 * either both exist afterwards, or neither.
	 */
	@Transactional
	public BudgetItem propose(ItemProposal proposal, AppUser user) {
		if (!user.hasRole(Roles.DEPARTMENT)) {
			throw DomainException.forbidden("item.departmentsOnly");
		}
		if (!proposal.departmentCode().equals(user.orgCode())) {
			throw DomainException.forbidden("item.ownDepartmentOnly");
		}
		OrgUnit department = this.orgUnits.findById(proposal.departmentCode())
			.filter(org -> org.getKind() == OrgKind.DEPARTMENT)
			.orElseThrow(() -> DomainException.invalid("departmentCode", "item.notADepartment"));
		if (department.isDisabled()) {
			throw DomainException.rule("departmentCode", "org.disabled", department.getName());
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (proposal.unitCode() != null && !proposal.unitCode().isBlank()) {
			Optional<OrgUnit> unit = this.orgUnits.findById(proposal.unitCode())
				.filter(u -> u.getKind() == OrgKind.UNIT && department.getCode().equals(u.getParentCode()));
			if (unit.isEmpty()) {
				errors.add(FieldMessage.of("unitCode", "item.notAUnitOf", department.getName()));
			}
			else if (unit.get().isDisabled()) {
				errors.add(FieldMessage.of("unitCode", "org.disabled", unit.get().getName()));
			}
		}
		if (proposal.expiring() && proposal.continuity() != Continuity.CONTINUING) {
			errors.add(FieldMessage.of("expiring", "item.expiringNotContinuing"));
		}
		if (proposal.passDownDue() != null && proposal.kind() != ItemKind.TRANSFER_PAYMENT) {
			errors.add(FieldMessage.of("passDownDue", "item.passDownNotTransfer"));
		}
		if (proposal.kind() == ItemKind.DEPARTMENT_OVERALL && proposal.capitalConstruction()) {
			errors.add(FieldMessage.of("capitalConstruction", "item.overallNotConstruction"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		String code = this.codes.next(proposal.kind(), proposal.fiscalYear());
		BudgetItem item = this.items.save(new BudgetItem(code, normalized(proposal), department.getDivisionCode(), user.id()));
		item.attachProcess(this.lifecycleStarter.start(item).getId());
		return item;
	}

	/** Called by the assessment process when finance's decision is final. Idempotent. */
	@Transactional
	public void recordAssessmentOutcome(Long itemId, AssessmentDecision outcome) {
		require(itemId).recordAssessmentOutcome(outcome);
	}

	@Transactional
	public void enterStage(Long itemId, ItemStage stage) {
		require(itemId).enterStage(stage);
	}

	@Transactional
	public void enterLibrary(Long itemId) {
		require(itemId).enterLibrary();
	}

	@Transactional
	public void approveBudget(Long itemId, BigDecimal amount) {
		BudgetItem item = require(itemId);
		item.approveBudget(amount);
		changed(item);
	}

	@Transactional
	public void flagKeyMonitoring(Long itemId, boolean enabled) {
		require(itemId).flagKeyMonitoring(enabled);
	}

	@Transactional
	public void showWarningLight(Long itemId, String light) {
		BudgetItem item = require(itemId);
		item.showWarningLight(light);
		changed(item);
	}

	/** The item's latest grade (EXCELLENT, GOOD, FAIR, POOR), from a target review or an evaluation. */
	@Transactional
	public void showGrade(Long itemId, String grade) {
		BudgetItem item = require(itemId);
		item.showGrade(grade);
		changed(item);
	}

	@Transactional
	public void markPassedDown(Long itemId) {
		require(itemId).markPassedDown();
	}

	/** Notes why a stage ended the way it did, for {@link #close} to show. */
	@Transactional
	public void noteReason(Long itemId, String reason) {
		require(itemId).noteReason(reason);
	}

	@Transactional
	public void close(Long itemId, ItemStatus status) {
		BudgetItem item = require(itemId);
		String reason = switch (status) {
			case NOT_ELIGIBLE -> "事前绩效评估不予支持，不得安排预算";
			case NOT_FUNDED -> item.getStatusReason() != null ? item.getStatusReason() : "未批复预算";
			case COMPLETED -> "评价结果已应用";
			case ACTIVE -> null;
		};
		item.close(status, reason);
	}

	private void changed(BudgetItem item) {
		this.events.publishEvent(new ItemChanged(item.getId(), item.getCurrentAmount(), item.getWarningLight(),
				item.getGrade()));
	}

	private BudgetItem require(Long itemId) {
		return this.items.findById(itemId).orElseThrow(() -> DomainException.notFound("Item", itemId));
	}

	private static ItemProposal normalized(ItemProposal p) {
		String unit = (p.unitCode() == null || p.unitCode().isBlank()) ? null : p.unitCode();
		return new ItemProposal(p.name(), p.kind(), p.fiscalYear(), p.budgetType(), p.departmentCode(), unit,
				p.amount(), p.continuity(), p.capitalConstruction(), p.expiring(), p.description(), p.passDownDue());
	}

}
