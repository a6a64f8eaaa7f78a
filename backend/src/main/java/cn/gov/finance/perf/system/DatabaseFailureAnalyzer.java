package cn.gov.finance.perf.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a database misconfiguration as a short reason and fix instead of a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseMisconfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseMisconfiguredException cause) {
		return new FailureAnalysis("The database is misconfigured: " + cause.getMessage(), cause.action(), cause);
	}

}
