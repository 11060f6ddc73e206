package org.pallium.gateway.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.pallium.gateway.mapping.ReferralMapper;
import org.pallium.gateway.service.ReferralRouting;
import org.pallium.gateway.service.ReferralRules;

/** A referral that the routing rules send to the home programme says where the home is. */
@Constraint(validatedBy = AddressWhenCaredForAtHome.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AddressWhenCaredForAtHome {

    String message() default "is required when the referral goes to the home setting: the nurses visit there";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AddressWhenCaredForAtHome, SubmitReferralRequest> {
        @Override
        public boolean isValid(SubmitReferralRequest request, ConstraintValidatorContext context) {
            if (request.patient() == null || request.patient().address() != null) {
                return true;
            }
            ReferralRouting.Route route = ReferralRouting.route(Optional.ofNullable(request.setting()),
                    ReferralMapper.circumstancesOf(request));
            if (!ReferralRules.needsAddress(route.setting())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("patient").addPropertyNode("address").addConstraintViolation();
            return false;
        }
    }
}
