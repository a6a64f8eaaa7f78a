package cn.gov.finance.perf.appraisal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

	Optional<Appraisal> findByFiscalYear(int fiscalYear);

}

interface AppraisalEntryRepository extends JpaRepository<AppraisalEntry, Long> {

}

interface AppraisalDecisionRepository extends JpaRepository<AppraisalDecision, Long> {

	List<AppraisalDecision> findByAppraisalIdOrderByIdAsc(Long appraisalId);

}
