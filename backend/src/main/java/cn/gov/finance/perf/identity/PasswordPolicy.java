package cn.gov.finance.perf.identity;

import cn.gov.finance.perf.system.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The password rules (等保 2.0 三级 8.1.4.1 a, 口令复杂度): at least {@code app.password.min-length} (8)
 * characters, at least three of the four classes (upper case, lower case, digit, other), and not
 * containing the user name. That it is none of the last passwords is {@link Credentials}' part.
 */
@Component
public class PasswordPolicy {

	private final int minLength;

	PasswordPolicy(@Value("${app.password.min-length:8}") int minLength) {
		this.minLength = Math.max(minLength, 8);
	}

	/** What is wrong with the candidate, in the user's words; empty when it is acceptable. */
	public List<Message> violations(String userId, String candidate) {
		List<Message> problems = new ArrayList<>();
		if (candidate == null || candidate.length() < this.minLength) {
			problems.add(Message.of("password.minLength", this.minLength));
			if (candidate == null) {
				return problems;
			}
		}
		int classes = 0;
		classes += candidate.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += candidate.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += candidate.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += candidate.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			problems.add(Message.of("password.classes"));
		}
		if (userId != null && !userId.isBlank()
				&& candidate.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
			problems.add(Message.of("password.containsUserName"));
		}
		return problems;
	}

	public int minLength() {
		return this.minLength;
	}

}
