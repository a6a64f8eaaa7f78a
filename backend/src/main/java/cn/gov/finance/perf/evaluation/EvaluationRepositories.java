package cn.gov.finance.perf.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

	Optional<SelfEvaluation> findByItemId(Long itemId);

	List<SelfEvaluation> findByItemIdIn(Collection<Long> itemIds);

}

interface EvaluationDecisionRepository extends JpaRepository<EvaluationDecision, Long> {

	List<EvaluationDecision> findByEvaluationIdOrderByIdAsc(Long evaluationId);

}

interface EvaluationWindowRepository extends JpaRepository<EvaluationWindow, Integer> {

}
