package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.appraisal.AppraisalStatus.EntryStatus;
import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.overall.BodyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One appraised body of a round: its score and grade, and for a 差 its interview and rectification. */
@Entity
@Table(name = "appraisal_entry")
public class AppraisalEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "appraisal_id", insertable = false, updatable = false)
	private Long appraisalId;

	private int sortOrder;

	@Enumerated(EnumType.STRING)
	private BodyKind kind;

	private String subjectCode;

	private String subjectGroup;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	private BigDecimal score;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	@Column(name = "comment_text")
	private String comment;

	private LocalDate interviewDate;

	private String interviewAttendees;

	private String interviewProblems;

	private LocalDate rectifyDue;

	private boolean rectifyOverdue;

	private String rectification;

	private String rectifiedBy;

	private Instant rectifiedAt;

	private String verifiedBy;

	private Instant verifiedAt;

	@Version
	private long version;

	protected AppraisalEntry() {
	}

	AppraisalEntry(int sortOrder, BodyKind kind, String subjectCode, String subjectGroup) {
		this.sortOrder = sortOrder;
		this.kind = kind;
		this.subjectCode = subjectCode;
		this.subjectGroup = subjectGroup;
		this.status = EntryStatus.PENDING;
	}

	void score(BigDecimal score, Grade grade, String comment) {
		this.score = score;
		this.grade = grade;
		this.comment = comment;
		this.status = grade == Grade.POOR ? EntryStatus.INTERVIEW : EntryStatus.SCORED;
	}

	void interview(LocalDate date, String attendees, String problems, LocalDate rectifyDue) {
		this.interviewDate = date;
		this.interviewAttendees = attendees;
		this.interviewProblems = problems;
		this.rectifyDue = rectifyDue;
		this.status = EntryStatus.RECTIFYING;
	}

	void markOverdue() {
		if (this.status == EntryStatus.RECTIFYING) {
			this.rectifyOverdue = true;
		}
	}

	void rectify(String rectification, String by, Instant now) {
		this.rectification = rectification;
		this.rectifiedBy = by;
		this.rectifiedAt = now;
		this.status = EntryStatus.VERIFYING;
	}

	void returnRectification() {
		this.status = EntryStatus.RECTIFYING;
	}

	void verify(String by, Instant now) {
		this.verifiedBy = by;
		this.verifiedAt = now;
		this.status = EntryStatus.RECTIFIED;
	}

	/** 优 is commended in the circular. */
	public boolean isCommended() {
		return this.grade == Grade.EXCELLENT;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAppraisalId() {
		return this.appraisalId;
	}

	public BodyKind getKind() {
		return this.kind;
	}

	public String getSubjectCode() {
		return this.subjectCode;
	}

	public String getSubjectGroup() {
		return this.subjectGroup;
	}

	public EntryStatus getStatus() {
		return this.status;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public Grade getGrade() {
		return this.grade;
	}

	public String getComment() {
		return this.comment;
	}

	public LocalDate getInterviewDate() {
		return this.interviewDate;
	}

	public String getInterviewAttendees() {
		return this.interviewAttendees;
	}

	public String getInterviewProblems() {
		return this.interviewProblems;
	}

	public LocalDate getRectifyDue() {
		return this.rectifyDue;
	}

	public boolean isRectifyOverdue() {
		return this.rectifyOverdue;
	}

	public String getRectification() {
		return this.rectification;
	}

	public String getRectifiedBy() {
		return this.rectifiedBy;
	}

	public Instant getRectifiedAt() {
		return this.rectifiedAt;
	}

	public String getVerifiedBy() {
		return this.verifiedBy;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

}
