package cn.gov.finance.perf.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetItemRepository extends JpaRepository<BudgetItem, Long> {

	Optional<BudgetItem> findByCode(String code);

	List<BudgetItem> findAllByCodeIn(Collection<String> codes);

	/** Items whose budget was approved for a fiscal year: those that must be self-evaluated. */
	List<BudgetItem> findByFiscalYearAndBudgetApprovedAtIsNotNullOrderByDepartmentCodeAscCodeAsc(int fiscalYear);

	/**
	 * Items a user may see: everything ({@code all}), or those of their organisation as department
	 * or unit, or capital-construction items for the investment authority.
	 */
	@Query("""
			select i from BudgetItem i
			where (:all = true or i.departmentCode = :org or i.unitCode = :org
			       or (:capital = true and i.capitalConstruction = true))
			  and (:year is null or i.fiscalYear = :year)
			  and (:stage is null or i.stage = :stage)
			  and (:kind is null or i.kind = :kind)
			  and (:department is null or i.departmentCode = :department)
			  and (:inLibrary is null or (:inLibrary = true and i.libraryEnteredAt is not null)
			       or (:inLibrary = false and i.libraryEnteredAt is null))
			  and (:text is null or lower(i.name) like :text or lower(i.code) like :text)
			""")
	Page<BudgetItem> search(@Param("all") boolean all, @Param("org") String org, @Param("capital") boolean capital,
			@Param("year") Integer year, @Param("stage") ItemStage stage, @Param("kind") ItemKind kind,
			@Param("department") String department, @Param("inLibrary") Boolean inLibrary, @Param("text") String text,
			Pageable pageable);

}
