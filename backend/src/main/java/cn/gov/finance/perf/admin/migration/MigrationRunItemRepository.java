package cn.gov.finance.perf.admin.migration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MigrationRunItemRepository extends JpaRepository<MigrationRunItem, Long> {

	List<MigrationRunItem> findByBatchIdOrderByIdAsc(String batchId);

}
