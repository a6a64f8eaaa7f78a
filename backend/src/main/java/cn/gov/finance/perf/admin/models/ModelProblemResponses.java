package cn.gov.finance.perf.admin.models;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.ProblemType;
import cn.gov.finance.perf.system.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answer to refused model files, for the API and the Modeler's door alike: 422
 * problem+json whose {@code problems} list every problem with file, element, line, code, params
 * and the message in the reader's language.
 */
@Component
public class ModelProblemResponses {

	/** One problem as the client reads it. */
	public record ProblemView(String file, @Nullable String elementId, @Nullable Integer line, String code,
			List<Object> params, String message) {
	}

	private final Problems problems;

	private final ObjectMapper json;

	ModelProblemResponses(Problems problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
	}

	public List<ProblemView> views(List<ModelProblem> found, Locale locale) {
		return found.stream()
			.map(p -> new ProblemView(p.file(), p.elementId(), p.line(), p.message().code(), p.message().params(),
					this.problems.render(p.message(), locale)))
			.toList();
	}

	public ProblemDetail problem(HttpServletRequest request, List<ModelProblem> found) {
		ProblemDetail problem = this.problems.of(request, ProblemType.BUSINESS_RULE,
				Message.of("model.refused", found.size()), List.of());
		problem.setProperty("problems", views(found, Problems.locale(request)));
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, List<ModelProblem> found)
			throws IOException {
		response.setStatus(ProblemType.BUSINESS_RULE.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem(request, found));
	}

	/** Maps {@link ModelsRefused} from the models API; ahead of the general handler, which would make it a 500. */
	@RestControllerAdvice(assignableTypes = ModelController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Advice {

		private final ModelProblemResponses responses;

		Advice(ModelProblemResponses responses) {
			this.responses = responses;
		}

		@ExceptionHandler(ModelsRefused.class)
		ResponseEntity<ProblemDetail> refused(ModelsRefused ex, HttpServletRequest request) {
			return ResponseEntity.status(ProblemType.BUSINESS_RULE.status())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.responses.problem(request, ex.problems()));
		}

	}

}
