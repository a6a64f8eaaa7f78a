package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * springdoc names a schema by the simple class name, so two request or response types with the same
 * simple name (say, a monitoring {@code Report} and a key-evaluation {@code Report}) silently become
 * one schema and the generated client types lie. Every type the API exchanges needs a unique name.
 */
class ApiSchemaNamesTest {

	@Test
	void everyTypeTheApiExchangesHasAUniqueSimpleName() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Map<String, Set<String>> byName = new TreeMap<>();
		int controllers = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("cn.gov.finance.perf")) {
			controllers++;
			Class<?> controller = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
			for (Method method : controller.getDeclaredMethods()) {
				if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					continue;
				}
				collect(method.getGenericReturnType(), byName);
				for (Parameter parameter : method.getParameters()) {
					if (parameter.isAnnotationPresent(RequestBody.class)) {
						collect(parameter.getParameterizedType(), byName);
					}
				}
			}
		}
		assertThat(controllers).isGreaterThan(10);
		assertThat(byName).isNotEmpty();
		assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getValue))
			.as("schema names used by more than one type")
			.isEmpty();
	}

	private static void collect(Type type, Map<String, Set<String>> byName) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), byName);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, byName);
			}
			return;
		}
		if (!(type instanceof Class<?> c) || !c.getName().startsWith("cn.gov.finance.perf") || c.isEnum()) {
			return;
		}
		Set<String> classes = byName.computeIfAbsent(c.getSimpleName(), name -> new TreeSet<>());
		if (!classes.add(c.getName())) {
			return;
		}
		if (c.isRecord()) {
			for (RecordComponent component : c.getRecordComponents()) {
				collect(component.getGenericType(), byName);
			}
		}
		else {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					collect(field.getGenericType(), byName);
				}
			}
		}
	}

}
