package cn.gov.finance.perf.indicator;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@Query("""
			select i from Indicator i
			where (:category is null or i.categoryCode = :category)
			  and (:industry is null or i.industryCode = :industry or (:includeCommon = true and i.industryCode is null))
			  and (:text is null or lower(i.name) like :text)
			  and (i.status in :statuses or (i.status = cn.gov.finance.perf.indicator.IndicatorStatus.PROPOSED and i.proposedOrg = :org))
			order by i.categoryCode, i.industryCode, i.name
			""")
	List<Indicator> search(@Param("category") String category, @Param("industry") String industry,
			@Param("includeCommon") boolean includeCommon, @Param("text") String text,
			@Param("statuses") List<IndicatorStatus> statuses, @Param("org") String org);

}

interface IndustryRepository extends JpaRepository<Industry, String> {

	List<Industry> findAllByOrderBySortOrderAsc();

}
