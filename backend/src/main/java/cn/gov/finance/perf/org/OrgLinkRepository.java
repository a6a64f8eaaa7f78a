package cn.gov.finance.perf.org;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgLinkRepository extends JpaRepository<OrgLink, OrgLink.Key> {

	List<OrgLink> findByThirdPartyCodeAndOrgCodeIn(String thirdPartyCode, Collection<String> orgCodes);

}
