package cn.gov.finance.perf.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts users read, one pair of files per package under {@code messages/}: {@code item.properties}
 * (Simplified Chinese, the default) and {@code item_en.properties}. Every file found is a basename,
 * so a package adds its messages without touching a list. Bean Validation's {@code {key}} templates
 * resolve here too (Spring Boot's interpolator asks this source first).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	static final String LOCATION = "messages/";

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.properties");
		String[] basenames = Arrays.stream(files)
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.filter(name -> !name.contains("_"))
			.map(name -> LOCATION + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.toArray(String[]::new);
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		// A language without its own files (zh_CN, zh, ja …) gets the default, Chinese, never the JVM's.
		source.setFallbackToSystemLocale(false);
		// Quotes are always MessageFormat's: write '' for an apostrophe in every message.
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

}
