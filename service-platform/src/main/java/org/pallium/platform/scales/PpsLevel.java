package org.pallium.platform.scales;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.pallium.events.Pps;

/** A Palliative Performance Scale level: 0 to 100 in steps of 10, as {@link Pps} defines it. */
@Documented
@Constraint(validatedBy = PpsLevel.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PpsLevel {

    String message() default "must be a PPS level: 0 to 100 in steps of 10, never a value between steps";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PpsLevel, Integer> {

        @Override
        public boolean isValid(Integer level, ConstraintValidatorContext context) {
            return level == null || Pps.isLevel(level);
        }
    }
}
