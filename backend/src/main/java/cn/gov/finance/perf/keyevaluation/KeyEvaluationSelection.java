package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The draw of a fiscal year's key evaluations, recorded with everything needed to repeat it: the
 * candidates in draw order, the major-item threshold, the sample rate and the seed.
 */
@Entity
@Table(name = "key_evaluation_selection")
public class KeyEvaluationSelection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int fiscalYear;

	private long seed;

	private BigDecimal majorAmount;

	private BigDecimal sampleRate;

	private String candidateCodes;

	private int majorCount;

	private int sampledCount;

	private String drawnBy;

	private Instant drawnAt;

	protected KeyEvaluationSelection() {
	}

	KeyEvaluationSelection(int fiscalYear, KeySampler.Draw draw, BigDecimal majorAmount, String drawnBy) {
		this.fiscalYear = fiscalYear;
		this.seed = draw.seed();
		this.majorAmount = majorAmount;
		this.sampleRate = draw.sampleRate();
		this.candidateCodes = String.join(",", draw.candidates());
		this.majorCount = draw.major().size();
		this.sampledCount = draw.sampled().size();
		this.drawnBy = drawnBy;
		this.drawnAt = AppClock.instant();
	}

	public List<String> candidates() {
		return this.candidateCodes.isEmpty() ? List.of() : Arrays.asList(this.candidateCodes.split(","));
	}

	public Long getId() {
		return this.id;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public long getSeed() {
		return this.seed;
	}

	public BigDecimal getMajorAmount() {
		return this.majorAmount;
	}

	public BigDecimal getSampleRate() {
		return this.sampleRate;
	}

	public int getMajorCount() {
		return this.majorCount;
	}

	public int getSampledCount() {
		return this.sampledCount;
	}

	public String getDrawnBy() {
		return this.drawnBy;
	}

	public Instant getDrawnAt() {
		return this.drawnAt;
	}

}
