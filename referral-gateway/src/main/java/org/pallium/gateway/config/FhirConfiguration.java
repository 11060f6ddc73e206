package org.pallium.gateway.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.jboss.logging.Logger;
import org.pallium.gateway.mapping.fhir.PalliumCodeSystems;

/**
 * One FHIR R4 context and one validator for the gateway: both are thread-safe, and both are
 * expensive to build (the validator loads every R4 definition), so they exist once. The validator
 * is HAPI's, reusing what HAPI builds anew for each resource: see {@link ReusingInstanceValidator}.
 */
public class FhirConfiguration {

    private static final Logger LOG = Logger.getLogger(FhirConfiguration.class);
    private static final String WARM_UP_RESOURCE = "fhir/warm-up-service-request.json";

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Produces
    @Singleton
    FhirValidator fhirValidator(FhirContext context) {
        return context.newValidator().registerValidatorModule(configured(new ReusingInstanceValidator(validationSupport(context))));
    }

    /**
     * The HL7 core definitions and terminology that needs no server (required bindings, UCUM,
     * languages, ...), plus Pallium's own code systems; snapshots are generated where a definition
     * has none.
     */
    public static IValidationSupport validationSupport(FhirContext context) {
        PrePopulatedValidationSupport pallium = new PrePopulatedValidationSupport(context);
        PalliumCodeSystems.all().forEach(pallium::addCodeSystem);
        return new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                pallium,
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
    }

    /**
     * The gateway's settings: best-practice recommendations (a narrative, say) are not the EHR's
     * problem here.
     */
    public static <V extends FhirInstanceValidator> V configured(V instanceValidator) {
        instanceValidator.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
        return instanceValidator;
    }

    /**
     * The validator's first run loads and converts every R4 definition, which takes seconds; it
     * happens here, before the gateway takes requests, and not in the first EHR's referral.
     */
    void warmUp(@Observes StartupEvent start, FhirContext context, FhirValidator validator) {
        long began = System.nanoTime();
        String sample = sample();
        context.newJsonParser().parseResource(sample);
        validator.validateWithResult(sample);
        LOG.infof("FHIR validator ready in %d ms", (System.nanoTime() - began) / 1_000_000);
    }

    private static String sample() {
        try (InputStream in = FhirConfiguration.class.getClassLoader().getResourceAsStream(WARM_UP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(WARM_UP_RESOURCE + " is missing from the gateway");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + WARM_UP_RESOURCE, e);
        }
    }
}
