package org.pallium.outpatient.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * When a patient is to be seen again: an ISO-8601 period of days, weeks, months or years (P10D,
 * P2W, P3M), more than nothing and at most a year. A longer wait is no follow-up in palliative
 * care, and is more likely a slip such as P14M for P14D.
 */
@Documented
@Constraint(validatedBy = FollowUpInterval.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FollowUpInterval {

    String message() default "must be an ISO-8601 period of days, weeks, months or years, such as P14D, P2W or P3M, "
            + "from one day to one year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FollowUpInterval, String> {

        /** Years, months, weeks, days: no time of day, no sign. */
        private static final Pattern DATE_PERIOD = Pattern.compile("P(?=\\d)(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,3}W)?(\\d{1,3}D)?");
        private static final LocalDate FROM = LocalDate.of(2000, 1, 1);

        @Override
        public boolean isValid(String interval, ConstraintValidatorContext context) {
            if (interval == null) {
                return true;
            }
            if (!DATE_PERIOD.matcher(interval).matches()) {
                return false;
            }
            try {
                LocalDate due = FROM.plus(Period.parse(interval));
                return due.isAfter(FROM) && !due.isAfter(FROM.plusYears(1));
            } catch (DateTimeParseException | ArithmeticException e) {
                return false;
            }
        }
    }
}
