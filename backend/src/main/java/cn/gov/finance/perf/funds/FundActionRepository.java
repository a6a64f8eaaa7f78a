package cn.gov.finance.perf.funds;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundActionRepository extends JpaRepository<FundAction, Long> {

	List<FundAction> findByItemIdOrderByIdAsc(Long itemId);

	Optional<FundAction> findByIdempotencyKey(String idempotencyKey);

}
