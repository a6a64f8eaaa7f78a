package cn.gov.finance.perf.engine;

import java.util.List;
import java.util.function.Predicate;

import cn.gov.finance.perf.inbox.ProcessModels;
import cn.gov.finance.perf.system.Message;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.lang.Nullable;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What Camunda's REST API ({@code /engine-rest}) does for an administrator: the Modeler's deployment,
 * read-only queries, incidents and jobs. Everything else is refused, and the refusal names the rule:
 * acting on tasks, writing variables, starting, modifying or signalling the application's processes.
 * Deny by default: a request on no allowlist line is refused even when no refusal rule names it.
 */
final class EngineRestRules {

	/** Why a request is refused. */
	enum Refusal {

		/** Completing, claiming, assigning, delegating or writing a task's variables: the app's inbox does that. */
		TASK,
		/** Writing process or execution variables: variables carry the app's decisions. */
		VARIABLES,
		/** Starting, modifying, cancelling, suspending an application process, or messages and signals into it. */
		PROCESS,
		/** Deleting a deployment with its running instances. */
		CASCADE,
		/** On no allowlist line. */
		NOT_ALLOWED;

		Message message(String method, String path) {
			return switch (this) {
				case TASK -> Message.of("engine.rest.taskRefused", method, path);
				case VARIABLES -> Message.of("engine.rest.variablesRefused", method, path);
				case PROCESS -> Message.of("engine.rest.processRefused", method, path);
				case CASCADE -> Message.of("engine.rest.cascadeRefused", method, path);
				case NOT_ALLOWED -> Message.of("engine.rest.notAllowed", method, path);
			};
		}

	}

	private record Line(@Nullable HttpMethod method, PathPattern pattern) {

		boolean matches(HttpMethod method, PathContainer path) {
			return (this.method == null || this.method.equals(method)) && this.pattern.matches(path);
		}

	}

	private static final PathPatternParser PARSER = new PathPatternParser();

	static {
		PARSER.setMatchOptionalTrailingSeparator(false);
		PARSER.setCaseSensitive(true);
	}

	/** Read-only queries (GET only): definitions, instances, history, tasks, variables, incidents, jobs. */
	private static final List<Line> ALLOWED = List.of(line(HttpMethod.GET, "/version"), line(HttpMethod.GET, "/engine"),
			line(HttpMethod.GET, "/deployment/**"), line(HttpMethod.GET, "/process-definition/**"),
			line(HttpMethod.GET, "/decision-definition/**"), line(HttpMethod.GET, "/decision-requirements-definition/**"),
			line(HttpMethod.GET, "/process-instance/**"), line(HttpMethod.GET, "/execution/**"),
			line(HttpMethod.GET, "/history/**"), line(HttpMethod.GET, "/task/**"),
			line(HttpMethod.GET, "/variable-instance/**"), line(HttpMethod.GET, "/incident/**"),
			line(HttpMethod.GET, "/job/**"), line(HttpMethod.GET, "/job-definition/**"),
			line(HttpMethod.GET, "/external-task/**"), line(HttpMethod.GET, "/batch/**"),
			// The Modeler's deployment (validated in front of this by the deployment check); a
			// deployment is deleted only without its instances (cascade is refused below).
			line(HttpMethod.POST, "/deployment/create"), line(HttpMethod.DELETE, "/deployment/{id}"),
			// Incidents: annotate, resolve.
			line(HttpMethod.PUT, "/incident/{id}/annotation"), line(HttpMethod.DELETE, "/incident/{id}/annotation"),
			line(HttpMethod.DELETE, "/incident/{id}"),
			// Jobs: retries, due date (the fault suite moves timers due), execute.
			line(HttpMethod.PUT, "/job/{id}/retries"), line(HttpMethod.POST, "/job/retries"),
			line(HttpMethod.PUT, "/job/{id}/duedate"), line(HttpMethod.POST, "/job/{id}/duedate/recalculate"),
			line(HttpMethod.POST, "/job/{id}/execute"), line(HttpMethod.PUT, "/job-definition/{id}/retries"));

	/** Starts; allowed only for a process that is not the application's (one the Modeler deployed). */
	private static final List<Line> STARTS = List.of(line(HttpMethod.POST, "/process-definition/key/{key}/start"),
			line(HttpMethod.POST, "/process-definition/key/{key}/tenant-id/{tenant}/start"),
			line(HttpMethod.POST, "/process-definition/{id}/start"));

	private static final List<Line> VARIABLE_WRITES = List.of(line(null, "/process-instance/{id}/variables/**"),
			line(null, "/process-instance/variables-async"), line(null, "/execution/{id}/localVariables/**"),
			line(null, "/variable-instance/**"));

	private static final List<Line> PROCESS_CHANGES = List.of(line(null, "/process-definition/**"),
			line(null, "/process-instance/**"), line(null, "/execution/**"), line(null, "/message/**"),
			line(null, "/signal/**"), line(null, "/condition/**"), line(null, "/modification/**"),
			line(null, "/migration/**"), line(null, "/restart/**"));

	private EngineRestRules() {
	}

	/**
	 * The refusal for a request, or {@code null} when it is allowed.
	 * @param path the path below {@code /engine-rest}
	 * @param applicationProcess whether a process key is one of the application's
	 */
	@Nullable
	static Refusal refusal(String method, String path, @Nullable String cascade, Predicate<String> applicationProcess) {
		HttpMethod verb = HttpMethod.valueOf(method);
		PathContainer container = PathContainer.parsePath(withoutEngineName(path));
		if (ALLOWED.stream().anyMatch(line -> line.matches(verb, container))) {
			boolean cascading = HttpMethod.DELETE.equals(verb) && container.value().startsWith("/deployment/")
					&& cascade != null && !"false".equalsIgnoreCase(cascade);
			return cascading ? Refusal.CASCADE : null;
		}
		for (Line start : STARTS) {
			if (start.matches(verb, container)) {
				PathPattern.PathMatchInfo match = start.pattern().matchAndExtract(container);
				String key = match.getUriVariables().containsKey("key") ? match.getUriVariables().get("key")
						: ProcessModels.keyOf(match.getUriVariables().get("id"));
				return applicationProcess.test(key) ? Refusal.PROCESS : null;
			}
		}
		if (container.value().startsWith("/task")) {
			return Refusal.TASK;
		}
		if (VARIABLE_WRITES.stream().anyMatch(line -> line.matches(verb, container))) {
			return Refusal.VARIABLES;
		}
		if (PROCESS_CHANGES.stream().anyMatch(line -> line.matches(verb, container))) {
			return Refusal.PROCESS;
		}
		return Refusal.NOT_ALLOWED;
	}

	/** {@code /engine/default/task/…} is {@code /task/…} of the engine named "default" (the only one). */
	private static String withoutEngineName(String path) {
		int rest = path.startsWith("/engine/") ? path.indexOf('/', "/engine/".length()) : -1;
		return rest < 0 ? path : path.substring(rest);
	}

	private static Line line(@Nullable HttpMethod method, String pattern) {
		return new Line(method, PARSER.parse(pattern));
	}

}
