package org.pallium.gateway.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.IValidationContext;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.codesystem.CodingsObserver;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.jboss.logging.Logger;

/**
 * HAPI's {@link FhirInstanceValidator}, except that it keeps the core validators it builds
 * ({@link InstanceValidator}) for the next resources, where HAPI builds one for each resource and
 * drops it. Building one costs several times what validating a referral with it then does: each
 * reads again HL7's registry of 21,000 OIDs, a 1.5 MB file that becomes 5.5 MB of heap.
 * <p>
 * HAPI never reuses a core validator, and a core validator clears only part of what it holds as it
 * starts on a resource. The rest (the resource's codings and texts, its narrative, the issues it
 * reports once and no more) is forgotten here once a resource is validated, so that nothing of it
 * reaches the next resource, nor stays in the heap. A core validator that throws is not reused.
 * <p>
 * There are as many core validators as processors, each validating one resource at a time, which
 * bounds their heap; a validation waits for a free one. Validation is all computation (the
 * definitions and the terminology are in memory), so more at once would only share the processors.
 * <p>
 * What is validated, and how, is HAPI's: a JSON resource is validated as HAPI's
 * {@code ValidatorWrapper} (hapi-fhir-validation 8.6.0) does it, with this validator's settings,
 * which a core validator reads when it is built: set them before the first validation. Other
 * encodings are left to HAPI.
 */
public class ReusingInstanceValidator extends FhirInstanceValidator {

    private static final Logger LOG = Logger.getLogger(ReusingInstanceValidator.class);
    private static final Gson GSON = new Gson();

    private final Semaphore validators = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final Queue<ReusableInstanceValidator> idle = new ConcurrentLinkedQueue<>();

    public ReusingInstanceValidator(IValidationSupport validationSupport) {
        super(validationSupport);
    }

    /** What HAPI's ValidatorWrapper does with JSON, with a core validator that was built before. */
    @Override
    protected List<ValidationMessage> validate(IValidationContext<?> resource) {
        if (resource.getResourceAsStringEncoding() != EncodingEnum.JSON) {
            return super.validate(resource);
        }
        IWorkerContext definitions = provideWorkerContext();
        String json = resource.getResourceAsString();
        List<StructureDefinition> profiles = new ArrayList<>();
        List<ValidationMessage> unknownProfiles = new ArrayList<>();
        for (String url : resource.getOptions().getProfiles()) {
            addProfile(definitions, url, profiles, unknownProfiles);
        }
        JsonObject meta = GSON.fromJson(json, JsonObject.class).getAsJsonObject("meta");
        if (meta != null && meta.get("profile") instanceof JsonArray claimed) {
            for (JsonElement url : claimed) {
                addProfile(definitions, url.getAsString(), profiles, unknownProfiles);
            }
        }

        List<ValidationMessage> messages = validate(resource.getOptions().getAppContext(), json, profiles);
        if (profiles.isEmpty()) {
            messages.addAll(unknownProfiles);
        }
        messages.removeIf(ReusingInstanceValidator::isLeftOutByHapi);
        if (isErrorForUnknownProfiles()) {
            messages.stream()
                    .filter(message -> I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
                            || I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(message.getMessageId()))
                    .filter(message -> message.getLevel() == ValidationMessage.IssueSeverity.WARNING)
                    .forEach(message -> message.setLevel(ValidationMessage.IssueSeverity.ERROR));
        }
        return messages;
    }

    private List<ValidationMessage> validate(Object appContext, String json, List<StructureDefinition> profiles) {
        validators.acquireUninterruptibly();
        try {
            ReusableInstanceValidator validator = Objects.requireNonNullElseGet(idle.poll(), this::newValidator);
            List<ValidationMessage> messages = new ArrayList<>();
            validator.validate(appContext, messages, new ByteArrayInputStream(json.getBytes(UTF_8)), FhirFormat.JSON, profiles);
            validator.forgetLastResource();
            idle.add(validator);
            return messages;
        } finally {
            validators.release();
        }
    }

    /** Set as HAPI's ValidatorWrapper sets the one it builds for each resource. */
    private ReusableInstanceValidator newValidator() {
        ReusableInstanceValidator validator = new ReusableInstanceValidator(provideWorkerContext());
        validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
        validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
        validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
        validator.setResourceIdRule(IdStatus.OPTIONAL);
        validator.setNoTerminologyChecks(isNoTerminologyChecks());
        validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
        validator.setUnknownCodeSystemsCauseErrors(true);
        validator.getExtensionDomains().addAll(getExtensionDomains());
        validator.setFetcher(getValidatorResourceFetcher());
        validator.setPolicyAdvisor(getValidatorPolicyAdvisor());
        validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
        validator.setNoBindingMsgSuppressed(isNoBindingMsgSuppressed());
        validator.setAllowExamples(isAllowExamples());
        validator.setAllowXsiLocation(true);
        return validator;
    }

    private static void addProfile(IWorkerContext definitions, String url, List<StructureDefinition> profiles,
            List<ValidationMessage> unknownProfiles) {
        try {
            StructureDefinition profile = definitions.fetchResource(StructureDefinition.class, url);
            if (profile != null) {
                profiles.add(profile);
            } else {
                unknownProfiles.add(new ValidationMessage()
                        .setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN)
                        .setLevel(ValidationMessage.IssueSeverity.ERROR)
                        .setMessage("Invalid profile. Failed to retrieve profile with url=" + url));
            }
        } catch (FHIRException e) {
            // HAPI validates without a profile it cannot load, and says so only in its debug log
            LOG.debugf("Validating without profile %s, which could not be loaded", url);
        }
    }

    /** HAPI's ValidatorWrapper leaves out that a binding has no value set, or that the MIME types' value set is unknown. */
    private static boolean isLeftOutByHapi(ValidationMessage message) {
        String id = message.getMessageId();
        return id != null && (id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE)
                || id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE2)
                || (id.equals(I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND)
                        && message.getMessage().contains("http://hl7.org/fhir/ValueSet/mimetypes")));
    }

    /** A core validator that can forget the resource it validated last. */
    private static final class ReusableInstanceValidator extends InstanceValidator {

        private static final List<Field> OF_THE_LAST_RESOURCE = List.of(field(InstanceValidator.class, "fetchCache"),
                field(InstanceValidator.class, "resourceTracker"), field(InstanceValidator.class, "xhtmlElementMap"),
                field(InstanceValidator.class, "crLookups"), field(InstanceValidator.class, "textsToCheckKeys"));
        private static final Field CODING_OBSERVER = field(InstanceValidator.class, "codingObserver");
        private static final Field CODINGS_SEEN = field(CodingsObserver.class, "list");

        ReusableInstanceValidator(IWorkerContext definitions) {
            super(definitions, new FhirInstanceValidator.NullEvaluationContext(), new XVerExtensionManagerOld(definitions),
                    new ValidatorSession(), new ValidatorSettings());
        }

        /**
         * Forgets the resource as it was read, what was resolved and tracked in it, its narrative,
         * its codings and texts, the profiles it named, and the issues it withdrew: what the core
         * validator clears as it starts on a resource is cleared now too, so that an idle one holds
         * nothing of a patient. Then, as with a core validator of its own, the next resource is
         * told of a deprecated or retired definition even if this one was, and has a session of
         * its own.
         */
        void forgetLastResource() {
            validatedContent = null;
            getTextsToCheck().clear();
            trackedMessages.clear();
            messagesToRemove.clear();
            try {
                for (Field field : OF_THE_LAST_RESOURCE) {
                    clear(field.get(this));
                }
                clear(CODINGS_SEEN.get(CODING_OBSERVER.get(this)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot clear what the validator kept of the last resource", e);
            }
            statusWarnings.clear();
            session = new ValidatorSession();
        }

        private static void clear(Object collection) {
            switch (collection) {
                case Collection<?> elements -> elements.clear();
                case Map<?, ?> entries -> entries.clear();
                default -> throw new IllegalStateException("not a collection: " + collection.getClass());
            }
        }

        /** Fails as the gateway starts if a version of HAPI renamed what must be forgotten. */
        private static Field field(Class<?> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getName() + " has no field " + name + " any more: review what"
                        + " ReusingInstanceValidator must make it forget", e);
            }
        }
    }
}
