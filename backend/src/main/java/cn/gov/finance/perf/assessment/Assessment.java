package cn.gov.finance.perf.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One round of an item's ex-ante assessment as the assessor submitted it. Never changed afterwards. */
@Entity
@Table(name = "assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private int roundNo;

	private String assessorOrg;

	private BigDecimal totalScore;

	@Enumerated(EnumType.STRING)
	private AssessmentDecision conclusion;

	private String summary;

	private String taskId;

	private String submittedBy;

	private Instant submittedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<Score> scores = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(Long itemId, int roundNo, String assessorOrg, List<Score> scores, AssessmentDecision conclusion,
			String summary, String taskId, String submittedBy) {
		this.itemId = itemId;
		this.roundNo = roundNo;
		this.assessorOrg = assessorOrg;
		this.scores = new ArrayList<>(scores);
		this.totalScore = scores.stream().map(Score::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.conclusion = conclusion;
		this.summary = summary;
		this.taskId = taskId;
		this.submittedBy = submittedBy;
		this.submittedAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public int getRoundNo() {
		return this.roundNo;
	}

	public String getAssessorOrg() {
		return this.assessorOrg;
	}

	public BigDecimal getTotalScore() {
		return this.totalScore;
	}

	public AssessmentDecision getConclusion() {
		return this.conclusion;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public List<Score> getScores() {
		return List.copyOf(this.scores);
	}

	@Embeddable
	public static class Score {

		private String dimensionCode;

		@Column(name = "score")
		private BigDecimal score;

		private String remark;

		protected Score() {
		}

		Score(String dimensionCode, BigDecimal score, String remark) {
			this.dimensionCode = dimensionCode;
			this.score = score;
			this.remark = remark;
		}

		public String getDimensionCode() {
			return this.dimensionCode;
		}

		public BigDecimal getScore() {
			return this.score;
		}

		public String getRemark() {
			return this.remark;
		}

	}

}
