package cn.gov.finance.perf.item;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A project, policy, department-overall budget or transfer payment: the subject that runs through
 * the whole chain. Keyed by division and fiscal year; its code is the business key of its processes.
 */
@Entity
@Table(name = "budget_item")
public class BudgetItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	private String divisionCode;

	private int fiscalYear;

	@Enumerated(EnumType.STRING)
	private BudgetType budgetType;

	private String departmentCode;

	private String unitCode;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Continuity continuity;

	private boolean capitalConstruction;

	private String description;

	@Enumerated(EnumType.STRING)
	private ItemStage stage;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	@Enumerated(EnumType.STRING)
	private AssessmentDecision assessmentOutcome;

	private String statusReason;

	private String processInstanceId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected BudgetItem() {
	}

	BudgetItem(String code, ItemProposal proposal, String divisionCode, String createdBy) {
		this.code = code;
		this.name = proposal.name().trim();
		this.kind = proposal.kind();
		this.divisionCode = divisionCode;
		this.fiscalYear = proposal.fiscalYear();
		this.budgetType = proposal.budgetType();
		this.departmentCode = proposal.departmentCode();
		this.unitCode = proposal.unitCode();
		this.amount = proposal.amount();
		this.continuity = proposal.continuity();
		this.capitalConstruction = proposal.capitalConstruction();
		this.description = proposal.description();
		this.stage = ItemStage.ASSESSMENT;
		this.status = ItemStatus.ACTIVE;
		this.createdBy = createdBy;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** Records the final assessment decision and what it means for the item. */
	void concludeAssessment(AssessmentDecision outcome) {
		this.assessmentOutcome = outcome;
		if (outcome == AssessmentDecision.SUPPORTED) {
			this.stage = ItemStage.TARGET_COMPILATION;
			this.statusReason = null;
		}
		else {
			this.stage = ItemStage.CLOSED;
			this.status = ItemStatus.NOT_ELIGIBLE;
			this.statusReason = "事前绩效评估不予支持，不得安排预算";
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getDivisionCode() {
		return this.divisionCode;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public BudgetType getBudgetType() {
		return this.budgetType;
	}

	public String getDepartmentCode() {
		return this.departmentCode;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public Continuity getContinuity() {
		return this.continuity;
	}

	public boolean isCapitalConstruction() {
		return this.capitalConstruction;
	}

	public String getDescription() {
		return this.description;
	}

	public ItemStage getStage() {
		return this.stage;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public AssessmentDecision getAssessmentOutcome() {
		return this.assessmentOutcome;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
