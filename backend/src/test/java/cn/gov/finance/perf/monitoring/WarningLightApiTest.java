package cn.gov.finance.perf.monitoring;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The report form's preview asks the server for the light: the ExecutionWarning table decides it on
 * the exact value, as for a filed report, so the browser repeats no threshold.
 */
@IntegrationTest
class WarningLightApiTest {

	private static final String PATH = "/api/monitoring/warning-light?spent={spent}&budget={budget}&months={months}";

	@Autowired
	private SliceApi api;

	@Test
	void shouldLightRedJustBelowSixtyThoughTheValueShowsAsSixty() throws Exception {
		this.api.get("edu", PATH, "1199999", "8000000", 3)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.executionValue").value(60.0))
			.andExpect(jsonPath("$.light").value("RED"));
	}

	@Test
	void shouldLightYellowFromSixtyAndGreenFromEighty() throws Exception {
		this.api.get("edu", PATH, "1200000", "8000000", 3)
			.andExpect(jsonPath("$.executionValue").value(60.0))
			.andExpect(jsonPath("$.light").value("YELLOW"));
		this.api.get("edu", PATH, "1599999.99", "8000000", 3).andExpect(jsonPath("$.light").value("YELLOW"));
		this.api.get("edu", PATH, "1600000", "8000000", 3)
			.andExpect(jsonPath("$.executionValue").value(80.0))
			.andExpect(jsonPath("$.light").value("GREEN"));
	}

	@Test
	void shouldShowNoBudgetWithoutAValueWhenThereIsNoBudgetOrNoElapsedMonth() throws Exception {
		this.api.get("edu", PATH, "100", "0", 3)
			.andExpect(jsonPath("$.executionValue").doesNotExist())
			.andExpect(jsonPath("$.light").value("NO_BUDGET"));
		this.api.get("edu", PATH, "100", "8000000", 0).andExpect(jsonPath("$.light").value("NO_BUDGET"));
	}

	@Test
	void shouldRefuseANegativeAmountOrAMonthBeyondTheYear() throws Exception {
		this.api.get("edu", PATH, "-1", "8000000", 3)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.api.get("edu", PATH, "1", "8000000", 13).andExpect(status().isBadRequest());
	}

}
