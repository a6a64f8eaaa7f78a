package cn.gov.finance.perf.monitoring;

import cn.gov.finance.perf.monitoring.MonitoringEnums.Completion;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One indicator of a monitoring report: annual target, actual to date, expected completion, deviation. */
@Entity
@Table(name = "monitoring_indicator")
public class MonitoringIndicatorRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "report_id")
	private MonitoringReport report;

	private int sortOrder;

	private String level1;

	private String name;

	private String annualTarget;

	private String actualToDate;

	@Enumerated(EnumType.STRING)
	private Completion expectedCompletion;

	private String deviationReason;

	private String correctiveMeasure;

	protected MonitoringIndicatorRow() {
	}

	MonitoringIndicatorRow(MonitoringReport report, int sortOrder, String level1, String name, String annualTarget) {
		this.report = report;
		this.sortOrder = sortOrder;
		this.level1 = level1;
		this.name = name;
		this.annualTarget = annualTarget;
	}

	void fill(MonitoringForms.IndicatorProgress progress) {
		this.actualToDate = progress.actualToDate().trim();
		this.expectedCompletion = progress.expectedCompletion();
		this.deviationReason = blankToNull(progress.deviationReason());
		this.correctiveMeasure = blankToNull(progress.correctiveMeasure());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getLevel1() {
		return this.level1;
	}

	public String getName() {
		return this.name;
	}

	public String getAnnualTarget() {
		return this.annualTarget;
	}

	public String getActualToDate() {
		return this.actualToDate;
	}

	public Completion getExpectedCompletion() {
		return this.expectedCompletion;
	}

	public String getDeviationReason() {
		return this.deviationReason;
	}

	public String getCorrectiveMeasure() {
		return this.correctiveMeasure;
	}

}
