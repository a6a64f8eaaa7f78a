package cn.gov.finance.perf.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A fiscal year (年度) the application works with: 2000 to 2100. Put it on every fiscal year a request
 * carries, in a body or as a query or path parameter, so that no round, draw or calendar is ever
 * created for the year 0, −1 or 99999.
 */
@Documented
@Min(FiscalYear.FIRST)
@Max(FiscalYear.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface FiscalYear {

	long FIRST = 2000;

	long LAST = 2100;

	String message() default "{validation.fiscalYear}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
