package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

class TaskCompletionGuardTest {

	private static DelegateTask task(String id) {
		DelegateTask task = mock(DelegateTask.class);
		when(task.getId()).thenReturn(id);
		when(task.getTaskDefinitionKey()).thenReturn("Task_X");
		return task;
	}

	@Test
	void shouldLetOnlyTheMarkedTaskOfAnApplicationProcessComplete() {
		TaskCompletionGuard guard = new TaskCompletionGuard("AppProcess", "AppProcess"::equals);
		assertThatThrownBy(() -> guard.notify(task("t1"))).isInstanceOf(TaskCompletionRefusedException.class);
		assertThatCode(() -> TaskCompletionGuard.completing("t1", () -> guard.notify(task("t1")))).doesNotThrowAnyException();
		assertThatThrownBy(() -> TaskCompletionGuard.completing("t2", () -> guard.notify(task("t1"))))
			.isInstanceOf(TaskCompletionRefusedException.class);
		// The mark ends with the call, also when nested.
		TaskCompletionGuard.completing("t1", () -> {
			TaskCompletionGuard.completing("t2", () -> guard.notify(task("t2")));
			guard.notify(task("t1"));
		});
		assertThatThrownBy(() -> guard.notify(task("t1"))).isInstanceOf(TaskCompletionRefusedException.class);
	}

	@Test
	void shouldLeaveProcessesThatAreNotTheApplicationsAlone() {
		TaskCompletionGuard guard = new TaskCompletionGuard("ModelerOnly", "AppProcess"::equals);
		assertThatCode(() -> guard.notify(task("t1"))).doesNotThrowAnyException();
	}

	@Test
	void shouldBeMarkedOnlyByTheTaskPipelineInMainCode() throws IOException {
		Path main = Path.of("src/main/java");
		try (Stream<Path> files = Files.walk(main)) {
			List<String> users = files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.getFileName().toString().equals("TaskCompletionGuard.java"))
				.filter(p -> read(p).contains("TaskCompletionGuard.completing("))
				.map(p -> main.relativize(p).toString().replace('\\', '/'))
				.toList();
			assertThat(users).containsExactly("cn/gov/finance/perf/inbox/TaskPipeline.java");
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
