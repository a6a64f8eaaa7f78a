package cn.gov.finance.perf.system;

/** Thrown at start when the database cannot be used; carries the fix for the operator. */
public class DatabaseMisconfiguredException extends RuntimeException {

	private final String action;

	public DatabaseMisconfiguredException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
