package cn.gov.finance.perf.item;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.system.AppClock;
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

	private boolean expiring;

	private Instant libraryEnteredAt;

	private BigDecimal approvedAmount;

	private Instant budgetApprovedAt;

	private boolean keyMonitoring;

	private String warningLight;

	private String grade;

	private java.time.LocalDate passDownDue;

	private Instant passedDownAt;

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
		this.expiring = proposal.expiring();
		this.passDownDue = proposal.passDownDue();
		this.description = proposal.description();
		this.stage = ItemStage.ASSESSMENT;
		this.status = ItemStatus.ACTIVE;
		this.createdBy = createdBy;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = AppClock.instant();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = AppClock.instant();
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** Records finance's final decision on the ex-ante assessment; the lifecycle decides what follows. */
	void recordAssessmentOutcome(AssessmentDecision outcome) {
		this.assessmentOutcome = outcome;
	}

	void enterStage(ItemStage stage) {
		if (this.status == ItemStatus.ACTIVE) {
			this.stage = stage;
		}
	}

	/** 项目入库: only an item with a supported assessment, or one that needs none, gets here. */
	void enterLibrary() {
		if (this.libraryEnteredAt == null) {
			this.libraryEnteredAt = AppClock.instant();
		}
	}

	/** 预算与绩效目标同步批复. */
	void approveBudget(BigDecimal amount) {
		this.approvedAmount = amount;
		this.budgetApprovedAt = AppClock.instant();
	}

	void flagKeyMonitoring(boolean enabled) {
		this.keyMonitoring = enabled;
	}

	void showWarningLight(String light) {
		this.warningLight = light;
	}

	void showGrade(String grade) {
		this.grade = grade;
	}

	/** The amount the item is known by: the approved budget once there is one, else the request. */
	public BigDecimal getCurrentAmount() {
		return this.approvedAmount != null ? this.approvedAmount : this.amount;
	}

	void markPassedDown() {
		if (this.passedDownAt == null) {
			this.passedDownAt = AppClock.instant();
		}
	}

	void noteReason(String reason) {
		this.statusReason = reason;
	}

	void close(ItemStatus status, String reason) {
		this.status = status;
		this.stage = ItemStage.CLOSED;
		this.statusReason = reason;
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

	public boolean isExpiring() {
		return this.expiring;
	}

	public Instant getLibraryEnteredAt() {
		return this.libraryEnteredAt;
	}

	public BigDecimal getApprovedAmount() {
		return this.approvedAmount;
	}

	public Instant getBudgetApprovedAt() {
		return this.budgetApprovedAt;
	}

	public boolean isKeyMonitoring() {
		return this.keyMonitoring;
	}

	/** The latest grade the item received (target review, self-evaluation or key evaluation). */
	public String getGrade() {
		return this.grade;
	}

	public String getWarningLight() {
		return this.warningLight;
	}

	public java.time.LocalDate getPassDownDue() {
		return this.passDownDue;
	}

	public Instant getPassedDownAt() {
		return this.passedDownAt;
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
