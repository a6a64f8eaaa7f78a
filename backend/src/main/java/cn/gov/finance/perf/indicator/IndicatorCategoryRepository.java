package cn.gov.finance.perf.indicator;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorCategoryRepository extends JpaRepository<IndicatorCategory, String> {

	List<IndicatorCategory> findAllByOrderBySortOrderAsc();

}
