package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controllers hold no transaction; services do. A write happens in the service's transaction, and a
 * view that needs lazy data is built by the feature's read side in a read-only transaction of its own,
 * never by widening a transaction around the controller.
 */
class ControllerTransactionsTest {

	private static final List<Class<? extends Annotation>> TRANSACTIONAL = List.of(
			org.springframework.transaction.annotation.Transactional.class, jakarta.transaction.Transactional.class);

	@Test
	void noControllerHoldsATransaction() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		List<String> offenders = new ArrayList<>();
		int controllers = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("cn.gov.finance.perf")) {
			controllers++;
			Class<?> controller = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
			if (transactional(controller)) {
				offenders.add(controller.getName());
			}
			for (Method method : controller.getDeclaredMethods()) {
				if (transactional(method)) {
					offenders.add(controller.getName() + "#" + method.getName());
				}
			}
		}
		assertThat(controllers).isGreaterThan(10);
		assertThat(offenders).as("controllers or controller methods annotated @Transactional").isEmpty();
	}

	private static boolean transactional(AnnotatedElement element) {
		return TRANSACTIONAL.stream().anyMatch(annotation -> AnnotatedElementUtils.hasAnnotation(element, annotation));
	}

}
