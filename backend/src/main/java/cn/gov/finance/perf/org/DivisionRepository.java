package cn.gov.finance.perf.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DivisionRepository extends JpaRepository<Division, String> {

	List<Division> findAllByOrderBySortOrderAscCodeAsc();

}
