package cn.gov.finance.perf.target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.target.TargetEnums.AdjustmentReason;
import cn.gov.finance.perf.target.TargetEnums.TargetGrade;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of an item's 绩效目标表: goals and indicators. Version 1 is compiled with the budget;
 * every adjustment is a new version reviewed the same way. Once approved a version is locked.
 */
@Entity
@Table(name = "target_sheet")
public class TargetSheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private int versionNo;

	@Enumerated(EnumType.STRING)
	private SheetStatus status;

	private String overallGoal;

	private String annualGoal;

	@Enumerated(EnumType.STRING)
	private AdjustmentReason adjustmentReason;

	private String adjustmentNote;

	@Enumerated(EnumType.STRING)
	private TargetGrade grade;

	private String createdBy;

	private Instant createdAt;

	private Instant submittedAt;

	private Instant decidedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<TargetIndicator> indicators = new ArrayList<>();

	protected TargetSheet() {
	}

	static TargetSheet initial(Long itemId) {
		TargetSheet sheet = new TargetSheet();
		sheet.itemId = itemId;
		sheet.versionNo = 1;
		sheet.status = SheetStatus.DRAFT;
		sheet.createdBy = "system";
		sheet.createdAt = AppClock.instant();
		return sheet;
	}

	/** A new draft version that starts as a copy of this (approved) one. */
	TargetSheet adjustment(int versionNo, AdjustmentReason reason, String note, String user) {
		TargetSheet next = new TargetSheet();
		next.itemId = this.itemId;
		next.versionNo = versionNo;
		next.status = SheetStatus.DRAFT;
		next.overallGoal = this.overallGoal;
		next.annualGoal = this.annualGoal;
		next.adjustmentReason = reason;
		next.adjustmentNote = note;
		next.createdBy = user;
		next.createdAt = AppClock.instant();
		this.indicators.forEach(indicator -> next.indicators.add(indicator.copyTo(next)));
		return next;
	}

	void replaceContent(TargetSheetForm form) {
		requireEditable();
		this.overallGoal = blankToNull(form.overallGoal());
		this.annualGoal = blankToNull(form.annualGoal());
		this.indicators.clear();
		for (int i = 0; i < form.indicators().size(); i++) {
			this.indicators.add(new TargetIndicator(this, i, form.indicators().get(i)));
		}
	}

	void submit() {
		requireEditable();
		this.status = SheetStatus.SUBMITTED;
		this.submittedAt = AppClock.instant();
	}

	void returnForRevision() {
		requireEditable();
		this.status = SheetStatus.DRAFT;
	}

	void grade(TargetGrade grade) {
		requireEditable();
		this.grade = grade;
	}

	void decide(SheetStatus outcome) {
		requireEditable();
		this.status = outcome;
		this.decidedAt = AppClock.instant();
	}

	void supersede() {
		if (this.status == SheetStatus.APPROVED) {
			this.status = SheetStatus.SUPERSEDED;
		}
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw DomainException.conflict("target.sheetLocked", this.versionNo, this.status.label());
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public int getVersionNo() {
		return this.versionNo;
	}

	public SheetStatus getStatus() {
		return this.status;
	}

	public String getOverallGoal() {
		return this.overallGoal;
	}

	public String getAnnualGoal() {
		return this.annualGoal;
	}

	public AdjustmentReason getAdjustmentReason() {
		return this.adjustmentReason;
	}

	public String getAdjustmentNote() {
		return this.adjustmentNote;
	}

	public TargetGrade getGrade() {
		return this.grade;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public List<TargetIndicator> getIndicators() {
		return List.copyOf(this.indicators);
	}

}
