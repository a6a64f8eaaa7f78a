package cn.gov.finance.perf.target;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TargetSheetRepository extends JpaRepository<TargetSheet, Long> {

	List<TargetSheet> findByItemIdOrderByVersionNoAsc(Long itemId);

	Optional<TargetSheet> findFirstByItemIdOrderByVersionNoDesc(Long itemId);

	Optional<TargetSheet> findByItemIdAndStatus(Long itemId, SheetStatus status);

	boolean existsByItemIdAndStatusIn(Long itemId, List<SheetStatus> statuses);

	/** Targets in force for a fiscal year: what is published with the budget (同步公开). */
	@Query("""
			select s from TargetSheet s, cn.gov.finance.perf.item.BudgetItem i
			where s.itemId = i.id and s.status = cn.gov.finance.perf.target.SheetStatus.APPROVED
			  and i.fiscalYear = :year and (:department is null or i.departmentCode = :department)
			order by i.departmentCode, i.code
			""")
	List<TargetSheet> inForce(@Param("year") int year, @Param("department") String department);

}

interface TargetReviewRepository extends JpaRepository<TargetReview, Long> {

	List<TargetReview> findBySheetIdInOrderByReviewedAtAscIdAsc(List<Long> sheetIds);

	Optional<TargetReview> findFirstBySheetIdAndStepOrderByIdDesc(Long sheetId, TargetEnums.ReviewStep step);

}

interface WeightTemplateRepository extends JpaRepository<WeightTemplate, String> {

}
