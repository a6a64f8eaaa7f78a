package cn.gov.finance.perf.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

	List<OrgUnit> findAllByOrderBySortOrderAscCodeAsc();

	List<OrgUnit> findByKindAndDivisionCodeAndParentCodeIsNull(OrgKind kind, String divisionCode);

}
