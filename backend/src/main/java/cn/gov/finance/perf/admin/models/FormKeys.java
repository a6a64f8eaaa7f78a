package cn.gov.finance.perf.admin.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The form keys the React app renders: {@code frontend/src/app/task-form-keys.json}, the one list
 * {@code task-forms.tsx} is tested against, packed into the jar as {@code forms/task-form-keys.json}.
 */
@Component
public class FormKeys {

	static final String RESOURCE = "forms/task-form-keys.json";

	private final Set<String> keys;

	FormKeys(ObjectMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.keys = Set.copyOf(json.readValue(in, new TypeReference<List<String>>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	public boolean rendered(String formKey) {
		return this.keys.contains(formKey);
	}

	public Set<String> all() {
		return this.keys;
	}

}
