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

import org.pallium.events.EsasR;

/** An ESAS-r item score: a whole number from 0 (none) to 10 (worst possible), as {@link EsasR} defines it. */
@Documented
@Constraint(validatedBy = EsasScore.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EsasScore {

    String message() default "must be an ESAS-r score from 0 (none) to 10 (worst possible)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EsasScore, Integer> {

        @Override
        public boolean isValid(Integer score, ConstraintValidatorContext context) {
            return score == null || EsasR.isScore(score);
        }
    }
}
