package cn.gov.finance.perf.identity;

import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a password change is due (first login, expired, reset by an administrator), the session
 * may only read who it is, change the password and log out: every other {@code /api} call is
 * refused with 403 {@code password-change-required}.
 */
@Configuration
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**").excludePathPatterns("/api/auth/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SessionAttributes.PASSWORD_CHANGE_DUE) != null) {
			boolean first = Credentials.Reason.FIRST_LOGIN.name().equals(session.getAttribute(SessionAttributes.PASSWORD_CHANGE_DUE));
			throw new DomainException(ProblemType.PASSWORD_CHANGE_REQUIRED, cn.gov.finance.perf.system.Message
				.of(first ? "password.changeFirst.firstLogin" : "password.changeFirst.expired"));
		}
		return true;
	}

}
