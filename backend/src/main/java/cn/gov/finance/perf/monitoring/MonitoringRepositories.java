package cn.gov.finance.perf.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

	Optional<MonitoringReport> findByItemIdAndPeriodId(Long itemId, Long periodId);

	List<MonitoringReport> findByItemIdOrderByPeriodIdAsc(Long itemId);

	/** Reports across items, for finance's overview (or a department's own). */
	@Query("""
			select r from MonitoringReport r, cn.gov.finance.perf.item.BudgetItem i
			where r.itemId = i.id
			  and (:all = true or i.departmentCode = :org or i.unitCode = :org)
			  and (:year is null or i.fiscalYear = :year)
			  and (:overdue is null or r.overdue = :overdue)
			  and (:light is null or r.light = :light)
			order by r.id desc
			""")
	org.springframework.data.domain.Page<MonitoringReport> overview(@Param("all") boolean all, @Param("org") String org, @Param("year") Integer year,
			@Param("overdue") Boolean overdue, @Param("light") MonitoringEnums.Light light,
			org.springframework.data.domain.Pageable page);

}

interface MonitoringDecisionRepository extends JpaRepository<MonitoringDecision, Long> {

	List<MonitoringDecision> findByReportIdInOrderByIdAsc(List<Long> reportIds);

	Optional<MonitoringDecision> findFirstByReportIdAndStepOrderByIdDesc(Long reportId, MonitoringEnums.DecisionStep step);

}
