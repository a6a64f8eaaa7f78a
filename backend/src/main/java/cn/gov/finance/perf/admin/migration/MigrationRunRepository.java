package cn.gov.finance.perf.admin.migration;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MigrationRunRepository extends JpaRepository<MigrationRun, String> {

	List<MigrationRun> findAllByOrderByStartedAtDesc(Pageable page);

}
