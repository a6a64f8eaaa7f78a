package cn.gov.finance.perf.chain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table of decisions the chain covers: its entity, the joins from a row to its subject, and the
 * subject expression (an item's code, or a body evaluation's or an appraisal's business key). The
 * decision row is aliased {@code r}.
 */
record DecisionSource(String entity, String table, String from, String subject) {

	static final List<DecisionSource> ALL = List.of(
			new DecisionSource("cn.gov.finance.perf.assessment.AssessmentReview", "assessment_review",
					"assessment_review r join assessment a on a.id = r.assessment_id join budget_item i on i.id = a.item_id",
					"i.code"),
			new DecisionSource("cn.gov.finance.perf.target.TargetReview", "target_review",
					"target_review r join target_sheet s on s.id = r.sheet_id join budget_item i on i.id = s.item_id", "i.code"),
			new DecisionSource("cn.gov.finance.perf.monitoring.MonitoringDecision", "monitoring_decision",
					"monitoring_decision r join monitoring_report m on m.id = r.report_id join budget_item i on i.id = m.item_id",
					"i.code"),
			new DecisionSource("cn.gov.finance.perf.evaluation.EvaluationDecision", "evaluation_decision",
					"evaluation_decision r join self_evaluation e on e.id = r.evaluation_id join budget_item i on i.id = e.item_id",
					"i.code"),
			new DecisionSource("cn.gov.finance.perf.keyevaluation.KeyEvaluationDecision", "key_evaluation_decision",
					"key_evaluation_decision r join key_evaluation k on k.id = r.key_evaluation_id join budget_item i on i.id = k.item_id",
					"i.code"),
			new DecisionSource("cn.gov.finance.perf.application.ResultApplication", "result_application",
					"result_application r join budget_item i on i.id = r.item_id", "i.code"),
			new DecisionSource("cn.gov.finance.perf.audit.AuditFinding", "audit_finding",
					"audit_finding r join audit_review a on a.id = r.review_id", "a.item_code"),
			new DecisionSource("cn.gov.finance.perf.overall.BodyEvaluationDecision", "body_evaluation_decision",
					"body_evaluation_decision r join body_evaluation b on b.id = r.evaluation_id",
					"concat('BE-', b.kind, '-', b.fiscal_year, '-', b.subject_code)"),
			new DecisionSource("cn.gov.finance.perf.appraisal.AppraisalDecision", "appraisal_decision",
					"appraisal_decision r join appraisal a on a.id = r.appraisal_id", "concat('AP-', a.fiscal_year)"));

	private static final Map<String, DecisionSource> BY_ENTITY = ALL.stream()
		.collect(Collectors.toMap(DecisionSource::entity, Function.identity()));

	private static final Map<String, DecisionSource> BY_TABLE = ALL.stream()
		.collect(Collectors.toMap(DecisionSource::table, Function.identity()));

	static Optional<DecisionSource> ofEntity(String entityName) {
		return Optional.ofNullable(BY_ENTITY.get(entityName));
	}

	static Optional<DecisionSource> ofTable(String table) {
		return Optional.ofNullable(BY_TABLE.get(table));
	}

	/** The subject of one decision row (parameter: its id). */
	String subjectOfRow() {
		return "select " + this.subject + " from " + this.from + " where r.id = ?";
	}

	/** The ids of a subject's decision rows (parameter: the subject). */
	String rowsOfSubject() {
		return "select r.id from " + this.from + " where " + this.subject + " = ? order by r.id";
	}

	/** The row itself, every column (parameter: its id). */
	String row() {
		return "select * from " + this.table + " where id = ?";
	}

}
