package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document names a schema after the simple class name, so two records called
 * "ReviewView" in different controllers would silently become one. Keep them unique.
 */
class ApiSchemaNamesTest {

	@Test
	void shouldGiveEveryNestedApiTypeAUniqueSimpleName() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		// the holders of request bodies, e.g. TargetForms, MonitoringForms
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Forms"));
		List<Class<?>> nested = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("cn.gov.finance.perf")) {
			Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			nested.addAll(List.of(controller.getDeclaredClasses()));
		}
		Map<String, Long> counts = nested.stream().collect(Collectors.groupingBy(Class::getSimpleName, Collectors.counting()));

		assertThat(counts).isNotEmpty();
		assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
			.as("simple names used by more than one controller or forms class")
			.isEmpty();
	}


}
