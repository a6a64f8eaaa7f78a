package cn.gov.finance.perf.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every process class of the application, by process key. */
@Component
public class ProcessModels {

	private final Map<String, ProcessModel> byKey;

	ProcessModels(List<ProcessModel> models) {
		this.byKey = models.stream().collect(Collectors.toUnmodifiableMap(ProcessModel::key, Function.identity()));
	}

	public Optional<ProcessModel> find(String processKey) {
		return Optional.ofNullable(this.byKey.get(processKey));
	}

	public Map<String, ProcessModel> all() {
		return this.byKey;
	}

	/** The process key of a process definition id ({@code key:version:uuid}). */
	public static String keyOf(String processDefinitionId) {
		int colon = processDefinitionId == null ? -1 : processDefinitionId.indexOf(':');
		return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
	}

}
