package cn.gov.finance.perf.item;

import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.assessment.process.ExAnteAssessmentStarter;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ItemService {

	private final BudgetItemRepository items;

	private final OrgUnitRepository orgUnits;

	private final ItemCodes codes;

	private final ExAnteAssessmentStarter assessmentStarter;

	ItemService(BudgetItemRepository items, OrgUnitRepository orgUnits, ItemCodes codes,
			ExAnteAssessmentStarter assessmentStarter) {
		this.items = items;
		this.orgUnits = orgUnits;
		this.codes = codes;
		this.assessmentStarter = assessmentStarter;
	}

	/**
	 * Stores the item and starts its ex-ante assessment in one transaction: either both exist
	 * afterwards, or neither.
	 */
	@Transactional
	public BudgetItem propose(ItemProposal proposal, AppUser user) {
		if (!user.hasRole(Roles.DEPARTMENT)) {
			throw DomainException.forbidden("Only a department can propose budget items");
		}
		if (!proposal.departmentCode().equals(user.orgCode())) {
			throw DomainException.forbidden("You can only propose items for your own department");
		}
		OrgUnit department = this.orgUnits.findById(proposal.departmentCode())
			.filter(org -> org.getKind() == OrgKind.DEPARTMENT)
			.orElseThrow(() -> DomainException.invalid("departmentCode", "is not a department"));
		List<FieldMessage> errors = new ArrayList<>();
		if (proposal.unitCode() != null && !proposal.unitCode().isBlank()) {
			boolean unitOfDepartment = this.orgUnits.findById(proposal.unitCode())
				.filter(unit -> unit.getKind() == OrgKind.UNIT && department.getCode().equals(unit.getParentCode()))
				.isPresent();
			if (!unitOfDepartment) {
				errors.add(new FieldMessage("unitCode", "is not a unit of " + department.getName()));
			}
		}
		if (proposal.kind() == ItemKind.DEPARTMENT_OVERALL && proposal.capitalConstruction()) {
			errors.add(new FieldMessage("capitalConstruction", "a department-overall budget is not a construction project"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
		String code = this.codes.next(proposal.kind(), proposal.fiscalYear());
		BudgetItem item = this.items.save(new BudgetItem(code, normalized(proposal), department.getDivisionCode(), user.id()));
		item.attachProcess(this.assessmentStarter.start(item).getId());
		return item;
	}

	/** Called by the assessment process when finance's decision is final. Idempotent. */
	@Transactional
	public void concludeAssessment(Long itemId, AssessmentDecision outcome) {
		BudgetItem item = this.items.findById(itemId).orElseThrow(() -> DomainException.notFound("Item", itemId));
		item.concludeAssessment(outcome);
	}

	private static ItemProposal normalized(ItemProposal p) {
		String unit = (p.unitCode() == null || p.unitCode().isBlank()) ? null : p.unitCode();
		return new ItemProposal(p.name(), p.kind(), p.fiscalYear(), p.budgetType(), p.departmentCode(), unit,
				p.amount(), p.continuity(), p.capitalConstruction(), p.description());
	}

}
