package cn.gov.finance.perf.adminlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The administration audit log is kept at least six months: a shorter retention refuses to start. */
class AdminAuditLogRetentionTest {

	@Test
	void shouldRefuseToStartWithARetentionUnderSixMonths() {
		assertThatThrownBy(() -> new AdminAuditLog(null, null, null, null, Duration.ofDays(182)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("183");
	}

	@Test
	void shouldAcceptSixMonthsOrMore() {
		assertThat(new AdminAuditLog(null, null, null, null, Duration.ofDays(183)).retention())
			.isEqualTo(Duration.ofDays(183));
	}

}
