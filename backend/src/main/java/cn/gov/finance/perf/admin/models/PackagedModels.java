package cn.gov.finance.perf.admin.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The BPMN, DMN and form files of {@code processes/} as packed into the jar, named by their path
 * below {@code processes/} (the same in the jar, in tests and in the IDE).
 */
public final class PackagedModels {

	public static final String ROOT = "processes/";

	private PackagedModels() {
	}

	public static List<ModelFile> files() {
		try {
			Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*");
			List<ModelFile> files = new ArrayList<>();
			for (Resource resource : Arrays.stream(all).filter(Resource::isReadable).toList()) {
				String url = resource.getURL().toString();
				ModelFile file = new ModelFile(url.substring(url.lastIndexOf(ROOT) + ROOT.length()), new byte[0]);
				if (file.kind().isPresent()) {
					try (InputStream in = resource.getInputStream()) {
						files.add(new ModelFile(file.name(), in.readAllBytes()));
					}
				}
			}
			files.sort(Comparator.comparing(ModelFile::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read processes/", ex);
		}
	}

}
