package cn.gov.finance.perf.tracking;

/** Sort keys of the board; every order ends on the item id so pages do not overlap. */
public enum BoardSort {

	CODE("b.code"), NAME("b.name"), DEPARTMENT("b.department_code"), AMOUNT("coalesce(b.approved_amount, b.amount)"),
	STAGE("b.stage"), UPDATED("b.updated_at");

	private final String column;

	BoardSort(String column) {
		this.column = column;
	}

	String orderBy(boolean descending) {
		String dir = descending ? " desc" : " asc";
		return this.column + dir + ", b.id" + dir;
	}

}
