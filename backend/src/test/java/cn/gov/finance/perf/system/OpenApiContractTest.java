package cn.gov.finance.perf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.Logins;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The frontend's TypeScript types are generated from {@code frontend/openapi.json}. This test fails
 * when the API in code and that file differ. To accept a deliberate change, run
 * {@code ./mvnw -pl backend -am test -Dtest=OpenApiContractTest -Dopenapi.write=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and commit the file.
 */
@IntegrationTest
class OpenApiContractTest {

	static final Path CONTRACT = Path.of("..", "frontend", "openapi.json");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Logins logins;

	@Test
	void shouldMatchTheCommittedContract() throws Exception {
		String body = this.mvc.perform(get("/api/openapi.json").with(this.logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
		JsonNode actual = mapper.readTree(body);
		String pretty = mapper.writeValueAsString(mapper.treeToValue(actual, Object.class)) + "\n";

		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(CONTRACT, pretty, StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(CONTRACT)).as(CONTRACT + " exists").isTrue();
		JsonNode committed = mapper.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
		assertThat(differences(actual, committed))
			.as("The API differs from frontend/openapi.json in these paths and schemas; regenerate it (see this "
					+ "test's javadoc) and commit it")
			.isEmpty();
		assertThat(actual).isEqualTo(committed);
	}

	/** Names of the paths and schemas that differ, so a failure says where without printing both documents. */
	static java.util.List<String> differences(JsonNode actual, JsonNode committed) {
		java.util.List<String> names = new java.util.ArrayList<>();
		for (String section : java.util.List.of("/paths", "/components/schemas")) {
			JsonNode a = actual.at(section);
			JsonNode c = committed.at(section);
			java.util.Set<String> keys = new java.util.TreeSet<>();
			a.fieldNames().forEachRemaining(keys::add);
			c.fieldNames().forEachRemaining(keys::add);
			keys.stream().filter(k -> !a.path(k).equals(c.path(k))).forEach(k -> names.add(section + "/" + k));
		}
		return names;
	}

}
