package org.pallium.gateway.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A reference that can be followed from anywhere: an absolute URI, such as https://… or urn:…. */
@Constraint(validatedBy = AbsoluteUri.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface AbsoluteUri {

    String message() default "must be an absolute URI, such as https://ehr.example.org/DocumentReference/77";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AbsoluteUri, URI> {
        @Override
        public boolean isValid(URI uri, ConstraintValidatorContext context) {
            return uri == null || uri.isAbsolute();
        }
    }
}
