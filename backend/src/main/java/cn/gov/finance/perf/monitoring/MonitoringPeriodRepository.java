package cn.gov.finance.perf.monitoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringPeriodRepository extends JpaRepository<MonitoringPeriod, Long> {

	List<MonitoringPeriod> findByDivisionCodeAndFiscalYearOrderByCutoffDateAsc(String divisionCode, int fiscalYear);

	List<MonitoringPeriod> findByFiscalYearOrderByDivisionCodeAscCutoffDateAsc(int fiscalYear);

}
