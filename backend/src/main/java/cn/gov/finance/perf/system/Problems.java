package cn.gov.finance.perf.system;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds the one problem+json shape used everywhere, including by the security filters. */
@Component
public class Problems {

	private final ObjectMapper objectMapper;

	Problems(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	public static ProblemDetail of(ProblemType type, String detail, List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.type());
		problem.setTitle(type.title());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		write(request, response, type, detail, List.of());
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
			List<FieldMessage> errors) throws IOException {
		ProblemDetail problem = of(type, detail, errors);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
