package cn.gov.finance.perf.system;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read as written, never guessed at:
 * <ul>
 * <li>an enum is its name: {@code {"decision":1}} is refused, not read as the second constant;</li>
 * <li>no scalar coercion: "2027" is not a whole number, 12 is not text, 1 and "true" are not
 * booleans, 1.5 is not a whole number, "" is not a missing number, flag or enum; decimal amounts may
 * come as JSON strings ("1200000.00") so they stay exact;</li>
 * <li>null for a primitive, a repeated key and anything after the document are refused;</li>
 * <li>every String passes {@link TextRules}: unpaired surrogates and bidirectional controls are
 * refused with the field named, invisible zero-width characters are removed.</li>
 * </ul>
 * Each refusal is a 400 problem+json naming the field ({@code ProblemHandler}).
 */
@Configuration
class StrictJsonConfig {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJson() {
		return builder -> builder
			.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.deserializerByType(String.class, new CleanTextDeserializer())
			.postConfigurer(mapper -> {
				mapper.coercionConfigFor(LogicalType.Integer)
					.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Boolean)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Enum)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Textual)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Float)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			});
	}

	/** A refused text value; {@code ProblemHandler} reports its message for the field. */
	static final class UnsafeTextException extends InvalidFormatException {

		private final transient Message problem;

		UnsafeTextException(JsonParser parser, Message problem, String value) {
			super(parser, problem.toString(), value, String.class);
			this.problem = problem;
		}

		Message problem() {
			return this.problem;
		}

	}

	/** Strings as {@link TextRules} wants them: only JSON strings, cleaned, refused when unsafe. */
	static final class CleanTextDeserializer extends StdScalarDeserializer<String> {

		CleanTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getText();
			Message problem = TextRules.problem(text);
			if (problem != null) {
				throw new UnsafeTextException(parser, problem, text);
			}
			return TextRules.clean(text);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}
