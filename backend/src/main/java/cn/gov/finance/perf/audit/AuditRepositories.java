package cn.gov.finance.perf.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditReviewRepository extends JpaRepository<AuditReview, Long> {

	List<AuditReview> findByItemCodeOrderByIdDesc(String itemCode);

	List<AuditReview> findAllByOrderByIdDesc();

}

interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {

}
