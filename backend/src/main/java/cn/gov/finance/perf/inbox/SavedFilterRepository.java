package cn.gov.finance.perf.inbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

	List<SavedFilter> findByUserIdOrderByPositionAscIdAsc(String userId);

	Optional<SavedFilter> findByIdAndUserId(Long id, String userId);

	boolean existsByUserIdAndName(String userId, String name);

	long countByUserId(String userId);

}
