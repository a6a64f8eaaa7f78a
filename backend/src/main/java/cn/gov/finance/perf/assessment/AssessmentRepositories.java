package cn.gov.finance.perf.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	List<Assessment> findByItemIdOrderByRoundNoAsc(Long itemId);

	Optional<Assessment> findFirstByItemIdOrderByRoundNoDesc(Long itemId);

}

interface AssessmentReviewRepository extends JpaRepository<AssessmentReview, Long> {

	List<AssessmentReview> findByAssessmentIdIn(List<Long> assessmentIds);

	boolean existsByAssessmentId(Long assessmentId);

}

interface AssessmentDimensionRepository extends JpaRepository<AssessmentDimension, AssessmentDimension.Key> {

	List<AssessmentDimension> findByItemKindOrderBySortOrderAsc(String itemKind);

}
