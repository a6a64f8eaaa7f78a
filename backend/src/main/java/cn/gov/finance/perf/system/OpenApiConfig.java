package cn.gov.finance.perf.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API contract. The document is committed as {@code frontend/openapi.json}, the frontend
 * generates its TypeScript types from it, and {@code OpenApiContractTest} fails when the code and
 * the committed document drift apart.
 */
@Configuration
@SuppressWarnings({ "rawtypes", "unchecked" })
class OpenApiConfig {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI budgetPerformanceApi() {
		return new OpenAPI()
			.info(new Info().title("预算绩效管理 API").version("1").description("Budget performance management"))
			.servers(List.of(new Server().url("/")));
	}

	static final String NULLABLE = "x-nullable";

	/** Marks properties whose Java member is {@code @Nullable}; see {@link #requiredResponseProperties()}. */
	@Bean
	PropertyCustomizer nullableProperties() {
		return (property, type) -> {
			if (type.getCtxAnnotations() != null && java.util.Arrays.stream(type.getCtxAnnotations())
				.anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"))) {
				property.addExtension(NULLABLE, true);
			}
			return property;
		};
	}

	/**
	 * Response properties are always present unless marked {@code @Nullable}, so the generated
	 * TypeScript types say exactly what the client can rely on. Request bodies (every schema reached
	 * from a request body) keep their validation-derived required lists.
	 */
	@Bean
	OpenApiCustomizer requiredResponseProperties() {
		return openApi -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			java.util.Set<String> requests = new java.util.HashSet<>();
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
				if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
					op.getRequestBody().getContent().values().forEach(media -> collect(media.getSchema(), schemas, requests));
				}
			}));
			schemas.forEach((name, schema) -> {
				if (schema.getProperties() == null) {
					return;
				}
				boolean request = requests.contains(name) || NOT_RESPONSES.contains(name);
				List<String> required = new java.util.ArrayList<>();
				((Map<String, Schema>) schema.getProperties()).forEach((property, propertySchema) -> {
					boolean nullable = propertySchema.getExtensions() != null
							&& propertySchema.getExtensions().remove(NULLABLE) != null;
					if (propertySchema.getExtensions() != null && propertySchema.getExtensions().isEmpty()) {
						propertySchema.setExtensions(null);
					}
					if (!request && !nullable) {
						required.add(property);
					}
				});
				if (!request) {
					schema.setRequired(required.isEmpty() ? null : required);
				}
			});
		};
	}

	/** Adds the component names a schema refers to, transitively. */
	private static void collect(Schema<?> schema, Map<String, Schema> schemas, java.util.Set<String> names) {
		if (schema == null) {
			return;
		}
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			if (names.add(name)) {
				collect(schemas.get(name), schemas, names);
			}
			return;
		}
		if (schema.getItems() != null) {
			collect(schema.getItems(), schemas, names);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(p -> collect((Schema<?>) p, schemas, names));
		}
	}

	static final List<String> NOT_RESPONSES = List.of(PROBLEM, "FieldMessage");

	/** Every operation may answer with problem+json; the schema names the fields of validation errors. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			Components components = openApi.getComponents();
			// A message's parameters are texts, or messages of their own (a reason inside a refusal).
			Schema<?> params = new ArraySchema().items(new Schema<>());
			Schema<?> fieldMessage = new ObjectSchema().addProperty("field", new StringSchema())
				.addProperty("code", new StringSchema())
				.addProperty("params", params)
				.addProperty("message", new StringSchema())
				.required(List.of("field", "code", "message"));
			components.addSchemas("FieldMessage", fieldMessage);
			components.addSchemas(PROBLEM,
					new ObjectSchema().addProperty("type", new StringSchema())
						.addProperty("title", new StringSchema())
						.addProperty("status", new IntegerSchema())
						// detail, title and each field message in the request's language (Accept-Language, else
						// Chinese); code and params name the detail for clients that keep their own texts.
						.addProperty("detail", new StringSchema())
						.addProperty("code", new StringSchema())
						.addProperty("params", new ArraySchema().items(new Schema<>()))
						.addProperty("instance", new StringSchema())
						.addProperty("errors",
								new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldMessage")))
						// A task race (409): what became of the task, who did it and when.
						.addProperty("taskState", new StringSchema()._enum(List.of("COMPLETED", "CLAIMED", "ENDED", "CHANGED")))
						.addProperty("by", new StringSchema())
						.addProperty("byName", new StringSchema())
						.addProperty("at", new StringSchema().format("date-time"))
						// Separation of duties (403): the rule that refused the step.
						.addProperty("rule", new StringSchema())
						.required(List.of("type", "title", "status")));
			ApiResponse problem = new ApiResponse().description("Problem")
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations().forEach(op -> op.getResponses().addApiResponse("default", problem)));
			Map<String, Schema> sorted = new TreeMap<>(components.getSchemas());
			components.setSchemas(sorted);
		};
	}

}
