package cn.gov.finance.perf.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

	Optional<MonitoringReport> findByItemIdAndPeriodId(Long itemId, Long periodId);

	List<MonitoringReport> findByItemIdOrderByPeriodIdAsc(Long itemId);

}

interface MonitoringDecisionRepository extends JpaRepository<MonitoringDecision, Long> {

	List<MonitoringDecision> findByReportIdInOrderByIdAsc(List<Long> reportIds);

	Optional<MonitoringDecision> findFirstByReportIdAndStepOrderByIdDesc(Long reportId, MonitoringEnums.DecisionStep step);

}
