package cn.gov.finance.perf.overall;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyEvaluationRepository extends JpaRepository<BodyEvaluation, Long> {

	Optional<BodyEvaluation> findByKindAndFiscalYearAndSubjectCode(BodyKind kind, int fiscalYear, String subjectCode);

	List<BodyEvaluation> findByFiscalYearOrderByKindAscSubjectCodeAsc(int fiscalYear);

}

interface BodyEvaluationDecisionRepository extends JpaRepository<BodyEvaluationDecision, Long> {

	List<BodyEvaluationDecision> findByEvaluationIdOrderByIdAsc(Long evaluationId);

}
