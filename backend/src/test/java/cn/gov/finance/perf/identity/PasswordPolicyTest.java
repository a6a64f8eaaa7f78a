package cn.gov.finance.perf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Length ≥ 8, three of four character classes, not the user name. */
class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(8);

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Abcdef1!", "abcdef1!", "ABCDEF1!", "Abcdefg1", "密码Abc#1234", "Zhang#2027" })
	void shouldAcceptStrongPasswords(String password) {
		assertThat(this.policy.violations("wangjx", password)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Abc1!", "abcdefgh", "abcdefg1", "ABCDEFG!", "12345678!" })
	void shouldRefuseShortOrSimplePasswords(String password) {
		assertThat(this.policy.violations("wangjx", password)).isNotEmpty();
	}

	@Test
	void shouldRefuseThePasswordThatContainsTheUserName() {
		assertThat(this.policy.violations("wangjx", "WangJX#2027")).containsExactly(cn.gov.finance.perf.system.Message.of("password.containsUserName"));
	}

	@Test
	void shouldNotGoBelowEightCharactersWhateverIsConfigured() {
		assertThat(new PasswordPolicy(4).violations("u", "Ab1!xyz")).isNotEmpty();
	}

}
