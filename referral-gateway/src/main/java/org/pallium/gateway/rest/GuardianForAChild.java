package org.pallium.gateway.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.pallium.gateway.service.ReferralRules;

/** A child's referral names the parent or guardian who decides for them. */
@Constraint(validatedBy = GuardianForAChild.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface GuardianForAChild {

    String message() default "is required for a patient under " + ReferralRules.AGE_OF_MAJORITY
            + ": the parent or guardian who decides for the child";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GuardianForAChild, SubmitReferralRequest.PatientDetails> {
        @Override
        public boolean isValid(SubmitReferralRequest.PatientDetails patient, ConstraintValidatorContext context) {
            if (patient == null || patient.birthDate() == null || patient.guardian() != null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (!ReferralRules.needsGuardian(patient.birthDate(), today)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("guardian").addConstraintViolation();
            return false;
        }
    }
}
