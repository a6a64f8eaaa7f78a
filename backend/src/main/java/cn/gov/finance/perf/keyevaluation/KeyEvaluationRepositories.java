package cn.gov.finance.perf.keyevaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyEvaluationSelectionRepository extends JpaRepository<KeyEvaluationSelection, Long> {

	Optional<KeyEvaluationSelection> findByFiscalYear(int fiscalYear);

}

interface KeyEvaluationRepository extends JpaRepository<KeyEvaluation, Long> {

	Optional<KeyEvaluation> findByItemId(Long itemId);

	List<KeyEvaluation> findBySelectionIdOrderByIdAsc(Long selectionId);

	List<KeyEvaluation> findByItemIdIn(Collection<Long> itemIds);

}

interface KeyEvaluationScoreRepository extends JpaRepository<KeyEvaluationScore, Long> {

	List<KeyEvaluationScore> findByKeyEvaluationIdOrderByIdAsc(Long keyEvaluationId);

	Optional<KeyEvaluationScore> findByKeyEvaluationIdAndScorerId(Long keyEvaluationId, String scorerId);

}

interface KeyEvaluationDecisionRepository extends JpaRepository<KeyEvaluationDecision, Long> {

	List<KeyEvaluationDecision> findByKeyEvaluationIdOrderByIdAsc(Long keyEvaluationId);

}

interface KeyEvaluationAttachmentRepository extends JpaRepository<KeyEvaluationAttachment, Long> {

	List<KeyEvaluationAttachment.Info> findByKeyEvaluationIdOrderByIdAsc(Long keyEvaluationId);

	Optional<KeyEvaluationAttachment> findByIdAndKeyEvaluationId(Long id, Long keyEvaluationId);

	long countByKeyEvaluationId(Long keyEvaluationId);

}
