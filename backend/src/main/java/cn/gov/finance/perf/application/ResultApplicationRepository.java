package cn.gov.finance.perf.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultApplicationRepository extends JpaRepository<ResultApplication, Long> {

	Optional<ResultApplication> findByItemId(Long itemId);

	List<ResultApplication> findByItemIdIn(Collection<Long> itemIds);

}
