package cn.gov.finance.perf.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

	List<Substitution> findByPrincipalAndCancelledAtIsNullAndEndsOnGreaterThanEqualOrderByStartsOnAsc(String principal,
			LocalDate from);

	List<Substitution> findBySubstituteAndCancelledAtIsNullAndEndsOnGreaterThanEqualOrderByStartsOnAsc(String substitute,
			LocalDate from);

	Optional<Substitution> findByIdAndPrincipal(Long id, String principal);

}
