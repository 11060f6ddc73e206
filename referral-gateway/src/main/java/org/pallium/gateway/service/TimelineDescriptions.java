package org.pallium.gateway.service;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CallLogged;
import org.pallium.events.CallReason;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ConsultSeen;
import org.pallium.events.ConsultSignedOff;
import org.pallium.events.Discipline;
import org.pallium.events.EsasItem;
import org.pallium.events.EsasR;
import org.pallium.events.EvvExceptionRaised;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.MissedVisitReason;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardService;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;
import org.pallium.events.UrgentVisitDispatched;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;

/**
 * How each event reads on a patient's timeline: a title a clinician understands at a glance, who
 * did it where the event says, and the link to the record it came from. Titles never quote the
 * free text of an event (reasons, the consult's question, what matters to the patient), nor name
 * the healthcare agent: that stays in the linked record, for the reader who opens it.
 */
@ApplicationScoped
public class TimelineDescriptions {

    /**
     * The setting, title, actor and link of one timeline entry; of an event that is, or is about,
     * an encounter, its FHIR Encounter class, and the discipline of who led it where the event says.
     */
    public record Description(CareSetting setting, String title, String actor, String sourceUrl, String encounterClass,
            Discipline discipline) {

        /** An event that is no encounter. */
        Description(CareSetting setting, String title, String actor, String sourceUrl) {
            this(setting, title, actor, sourceUrl, null, null);
        }
    }

    /** Clinical times are kept in UTC; the title says so rather than guess the reader's zone. */
    private static final DateTimeFormatter APPOINTMENT_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** ESAS-r scores from 7 up are severe (the scale's usual bands: 1-3 mild, 4-6 moderate, 7-10 severe). */
    private static final int SEVERE = 7;

    private final RecordLinks links;

    TimelineDescriptions(RecordLinks links) {
        this.links = links;
    }

    /** The event's description; a visit's title reads the ESAS-r it compares with through {@code written}. */
    public Description of(PalliumEvent event, ReadModelWriter written) {
        return switch (event) {
            case ReferralSubmitted submitted -> referralStep(submitted, "Referred to " + label(submitted.setting())
                    + " palliative care" + urgencyOf(submitted.urgency()), actorOf(submitted.referrer()));
            case ReferralReceived received ->
                    referralStep(received, "Referral received by the " + label(received.setting()) + " team", null);
            case ReferralCancelled cancelled -> referralStep(cancelled,
                    "Referral to the " + label(cancelled.setting()) + " team cancelled by the referrer", null);
            case ReferralAccepted accepted ->
                    referralStep(accepted, "Referral accepted by the " + label(accepted.setting()) + " team", null);
            case ReferralRejected rejected -> referralStep(rejected,
                    "Referral declined by the " + label(rejected.setting()) + " team", rejected.rejectedBy());
            case ReferralScheduled scheduled -> referralStep(scheduled, "First visit with the " + label(scheduled.setting())
                    + " team booked for " + APPOINTMENT_TIME.format(scheduled.firstVisitAt()), scheduled.scheduledBy());
            case ReferralFirstVisitCompleted firstVisit ->
                    referralStep(firstVisit, "First visit by the " + label(firstVisit.setting()) + " team", null);
            case ReferralConcluded concluded -> referralStep(concluded, concluded.outcome() == ReferralOutcome.COMPLETED
                    ? "Care by the " + label(concluded.setting()) + " team completed"
                    : "Referral to the " + label(concluded.setting()) + " team closed", concluded.concludedBy());
            case ReferralTransferred transferred -> referralStep(transferred, "Transferred from the "
                    + label(transferred.setting()) + " team to the " + label(transferred.toSetting()) + " team",
                    transferred.transferredBy());
            case ConsultRequested requested -> consultRequested(requested);
            case ConsultSeen seen -> consultSeen(seen);
            case ConsultSignedOff signedOff -> new Description(signedOff.setting(), "Consult signed off by the inpatient team",
                    signedOff.signedOffBy(), links.consult(signedOff.setting(), signedOff.consultId()));
            case GoalsOfCareDocumented goals -> new Description(goals.setting(),
                    "Goals-of-care conversation with " + String.join(", ", goals.participants()), goals.documentedBy(),
                    links.goalsOfCare(goals.setting(), goals.conversationId()));
            case CodeStatusChanged changed -> codeStatusChanged(changed);
            case PatientTransitioned transitioned -> new Description(transitioned.setting(), transitionTitle(transitioned),
                    transitioned.transitionedBy(), links.transition(transitioned.setting(), transitioned.transitionId()));
            case VisitCompleted visit -> new Description(visit.setting(), visitTitle(visit, written), visit.clinician(),
                    links.visit(visit.setting(), visit.visitId()), visit.encounterClass(), visit.discipline());
            case AppointmentBooked booked -> new Description(booked.setting(), "Clinic appointment booked for "
                    + APPOINTMENT_TIME.format(booked.startsAt()) + ": " + visitTypeLabel(booked.visitType()) + ", "
                    + Duration.between(booked.startsAt(), booked.endsAt()).toMinutes() + " min", booked.bookedBy(),
                    links.appointment(booked.setting(), booked.appointmentId()));
            case AppointmentRescheduled rescheduled -> new Description(rescheduled.setting(), "Clinic appointment moved from "
                    + APPOINTMENT_TIME.format(rescheduled.previousStartsAt()) + " to " + APPOINTMENT_TIME.format(rescheduled.startsAt()),
                    rescheduled.rescheduledBy(), links.appointment(rescheduled.setting(), rescheduled.appointmentId()));
            case AppointmentCancelled cancelled -> new Description(cancelled.setting(), "Clinic appointment for "
                    + APPOINTMENT_TIME.format(cancelled.startsAt()) + " cancelled", cancelled.cancelledBy(),
                    links.appointment(cancelled.setting(), cancelled.appointmentId()));
            case AppointmentMissed missed -> new Description(missed.setting(), "Missed clinic appointment",
                    missed.recordedBy(), links.appointment(missed.setting(), missed.appointmentId()));
            case AcpDocumentChanged changed -> new Description(changed.setting(), acpDocumentTitle(changed),
                    changed.changedBy(), links.acpDocuments(changed.setting(), changed.patientId()));
            case OnwardReferralChanged changed -> new Description(changed.setting(), onwardReferralTitle(changed),
                    changed.changedBy(), links.onwardReferral(changed.setting(), changed.onwardReferralId()));
            case VisitScheduled scheduled -> new Description(scheduled.setting(), visitScheduledTitle(scheduled),
                    scheduled.scheduledBy(), links.visit(scheduled.setting(), scheduled.visitId()),
                    scheduled.encounterClass(), scheduled.discipline());
            case VisitStarted started -> new Description(started.setting(), visitKind(started.encounterClass()) + " by "
                    + abbreviation(started.discipline()) + " started", started.clinician(),
                    links.visit(started.setting(), started.visitId()), started.encounterClass(), started.discipline());
            case VisitMissed missed -> new Description(missed.setting(), "Missed "
                    + visitKind(missed.encounterClass()).toLowerCase(Locale.ROOT)
                    + (missed.reason() == MissedVisitReason.OTHER ? "" : ": " + words(missed.reason())),
                    missed.recordedBy(), links.visit(missed.setting(), missed.visitId()), missed.encounterClass(),
                    missed.discipline());
            case VisitCancelled cancelled -> new Description(cancelled.setting(), visitKind(cancelled.encounterClass())
                    + " by " + abbreviation(cancelled.discipline()) + " cancelled, was due "
                    + APPOINTMENT_TIME.format(cancelled.scheduledStart()), cancelled.cancelledBy(),
                    links.visit(cancelled.setting(), cancelled.visitId()), cancelled.encounterClass(),
                    cancelled.discipline());
            // The home programme sends its nurse on call: a home visit by a nurse.
            case UrgentVisitDispatched dispatched -> new Description(dispatched.setting(),
                    "Urgent home visit dispatched after a call" + callAbout(dispatched.reason()), dispatched.dispatchedBy(),
                    links.visit(dispatched.setting(), dispatched.visitId()), "HH", Discipline.NURSE);
            // Electronic visit verification is of home visits.
            case EvvExceptionRaised exception -> new Description(exception.setting(), evvExceptionTitle(exception),
                    exception.clinician(), links.visit(exception.setting(), exception.visitId()), "HH", null);
            case CallLogged call -> new Description(call.setting(), callTitle(call), call.takenBy(),
                    links.call(call.setting(), call.callId()));
        };
    }

    /** A step of a referral links to the gateway's own record of it. */
    private static Description referralStep(ReferralEvent referral, String title, String actor) {
        return new Description(referral.setting(), title, actor, RecordLinks.referral(referral.referralId()));
    }

    /** Such as "Palliative consult requested, urgent: 5 West, bed 12 (oncology)"; where the patient lies, as far as known. */
    private Description consultRequested(ConsultRequested requested) {
        List<String> place = new ArrayList<>();
        if (requested.unit() != null) {
            place.add(requested.unit());
        }
        if (requested.bed() != null) {
            place.add("bed " + requested.bed());
        }
        String title = "Palliative consult requested" + urgencyOf(requested.urgency())
                + (place.isEmpty() ? "" : ": " + String.join(", ", place))
                + (requested.admittingService() == null ? "" : " (" + requested.admittingService() + ")");
        return new Description(requested.setting(), title, actorOf(requested.requestedBy()),
                links.consult(requested.setting(), requested.consultId()));
    }

    /**
     * How long the patient waited for the team, against the response target of the consult's
     * urgency. It links to the encounter at which the team saw the patient: the initial consult
     * note is what a reader of this entry looks for.
     */
    private Description consultSeen(ConsultSeen seen) {
        String title = "Consult seen " + span(Duration.between(seen.requestedAt(), seen.seenAt())) + " after the request, "
                + (seen.seenWithinTarget()
                        ? "within the " + span(Duration.between(seen.requestedAt(), seen.responseDueAt())) + " target"
                        : span(Duration.between(seen.responseDueAt(), seen.seenAt())) + " past the target");
        return new Description(seen.setting(), title, null, links.encounter(seen.setting(), seen.encounterId()),
                seen.setting().encounterClass(), null);
    }

    /** Such as "Code status: DNR/DNI (was full code)". */
    private Description codeStatusChanged(CodeStatusChanged changed) {
        String title = "Code status: " + label(changed.codeStatus())
                + (changed.previous() == null ? "" : " (was " + label(changed.previous()) + ")");
        return new Description(changed.setting(), title, changed.documentedBy(),
                links.codeStatus(changed.setting(), changed.codeStatusId()));
    }

    /**
     * Such as "Health care power of attorney signed" or "POLST on file"; a code status names the
     * decision, "Code status recorded: DNR" once signed or on file, "Code status discussed: DNR"
     * before.
     */
    private static String acpDocumentTitle(AcpDocumentChanged changed) {
        String status = words(changed.status());
        return switch (changed.documentType()) {
            case LIVING_WILL -> "Living will " + status;
            case ADVANCE_DIRECTIVE -> "Advance directive " + status;
            case HEALTH_CARE_POWER_OF_ATTORNEY -> "Health care power of attorney " + status;
            case POLST -> "POLST " + status;
            case CODE_STATUS -> "Code status " + (changed.status() == AcpDocumentStatus.SIGNED
                    || changed.status() == AcpDocumentStatus.ON_FILE ? "recorded" : status) + ": "
                    + label(changed.codeStatus());
        };
    }

    /** Such as "Referred on to psychiatry", then "Seen by psychiatry (onward referral)". */
    private static String onwardReferralTitle(OnwardReferralChanged changed) {
        String service = changed.service() == OnwardService.OTHER ? "another service" : words(changed.service());
        return switch (changed.status()) {
            case SENT -> "Referred on to " + service;
            case SCHEDULED -> "Onward referral to " + service + " scheduled";
            case SEEN -> "Seen by " + service + " (onward referral)";
            case CLOSED -> "Onward referral to " + service + " closed";
        };
    }

    /**
     * The clinic's visit type in words, such as "symptom-focused" for SYMPTOM_FOCUSED. The clinic
     * names its types; one the gateway has no words for reads as its name.
     */
    private static String visitTypeLabel(String visitType) {
        return switch (visitType) {
            case "FOLLOW_UP" -> "follow-up";
            case "SYMPTOM_FOCUSED" -> "symptom-focused";
            default -> words(visitType);
        };
    }

    /** Such as "Home visit by nurse scheduled for 14 May 2026, 10:00 UTC, 60 min", or "Urgent home visit ..." from a call. */
    private static String visitScheduledTitle(VisitScheduled scheduled) {
        String kind = visitKind(scheduled.encounterClass());
        return (scheduled.urgent() ? "Urgent " + kind.toLowerCase(Locale.ROOT) : kind) + " by "
                + abbreviation(scheduled.discipline()) + " scheduled for " + APPOINTMENT_TIME.format(scheduled.scheduledStart())
                + ", " + Duration.between(scheduled.scheduledStart(), scheduled.scheduledEnd()).toMinutes() + " min";
    }

    /**
     * Such as "EVV check-in 850 m from the patient's address (over 500 m)": how far, never where,
     * which the home programme keeps. It reads as a record to review, not as a visit refused.
     */
    private static String evvExceptionTitle(EvvExceptionRaised exception) {
        String record = switch (exception.stage()) {
            case CHECK_IN -> "EVV check-in";
            case CHECK_OUT -> "EVV check-out";
        };
        return switch (exception.kind()) {
            case LOCATION_FAR_FROM_ADDRESS -> record + " " + distance(exception.distanceMeters())
                    + " from the patient's address (over " + distance(exception.thresholdMeters()) + ")";
            case ADDRESS_NOT_LOCATED -> record + " to review: the patient's address has no coordinates on file";
        };
    }

    /**
     * Such as "Call from family about breathlessness: urgent visit dispatched"; who called and why,
     * never what was said, which stays in the home programme's call log.
     */
    private static String callTitle(CallLogged call) {
        String caller = switch (call.caller()) {
            case PATIENT -> "the patient";
            case FAMILY -> "family";
            case FACILITY -> "a facility";
        };
        String outcome = switch (call.outcome()) {
            case ADVICE_GIVEN -> "advice given";
            case URGENT_VISIT_DISPATCHED -> "urgent visit dispatched";
            case SENT_TO_ED_OR_911 -> "sent to the ED or 911";
            case TRANSFERRED_TO_HOSPICE_LINE -> "transferred to the hospice line";
            case PHYSICIAN_PAGED -> "physician paged";
        };
        return "Call from " + caller + callAbout(call.reason()) + ": " + outcome
                + (call.followUpNeeded() ? ", follow-up needed" : "");
    }

    /** What a call was about, as it follows "a call", such as " about pain"; nothing for OTHER. */
    private static String callAbout(CallReason reason) {
        return switch (reason) {
            case PAIN -> " about pain";
            case BREATHLESSNESS -> " about breathlessness";
            case OTHER_SYMPTOM -> " about another symptom";
            case MEDICATION_REFILL -> " about a medication refill";
            case SUPPLIES -> " about supplies";
            case DEATH_REPORT -> " reporting a death";
            case VISIT_REQUEST -> " asking for a visit";
            case OTHER -> "";
        };
    }

    /** A distance as a nurse says it: metres under a kilometre, else kilometres to one decimal, such as "1.2 km". */
    private static String distance(int meters) {
        if (meters < 1000) {
            return meters + " m";
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(meters / 1000.0) + " km";
    }

    private static String transitionTitle(PatientTransitioned transitioned) {
        String from = "Discharged from " + switch (transitioned.setting()) {
            case INPATIENT -> "hospital";
            case OUTPATIENT -> "the outpatient clinic";
            case HOME -> "the home programme";
        };
        return switch (transitioned.outcome()) {
            case HOME_PROGRAMME -> from + " to the home programme";
            case OUTPATIENT_CLINIC -> from + " to the outpatient clinic";
            case HOSPICE -> from + " to hospice";
            case NURSING_FACILITY -> from + " to a nursing facility";
            case DIED_IN_HOSPITAL -> "Died in hospital";
        };
    }

    /**
     * Such as "Home visit by RN, 45 min, ESAS pain 7 → 4, total 38, PPS 40%". Of the ESAS-r, the
     * title shows pain, the symptom a palliative team follows most closely, against the patient's
     * previous ESAS-r from any setting (before this visit's clinical time), so that each visit reads
     * as a change; the worst other symptom only when it is severe, which a low pain score would
     * otherwise hide; and the total (0 to 90), the patient's whole symptom burden. The other items
     * are in the visit's record. PPS is written as clinicians chart it, a percentage. The previous
     * ESAS-r is the summary's, which has every setting's visits, as written before this visit
     * ({@link ReadModelWriter#previousEsas}); a visit that arrives late reads
     * against the one before it in clinical time, and leaves the title of the visit after it as it was.
     */
    private static String visitTitle(VisitCompleted visit, ReadModelWriter written) {
        List<String> parts = new ArrayList<>(List.of(visitKind(visit.encounterClass()) + " by "
                + abbreviation(visit.discipline()), Duration.between(visit.startedAt(), visit.endedAt()).toMinutes() + " min"));
        EsasR esas = visit.esas();
        if (esas != null) {
            parts.add("ESAS pain " + written.previousEsas(visit).map(previous -> previous.pain() + " → ").orElse("")
                    + esas.pain());
            Arrays.stream(EsasItem.values())
                    .filter(item -> item != EsasItem.PAIN && esas.score(item) >= SEVERE)
                    .max(Comparator.comparingInt(esas::score))
                    .ifPresent(worst -> parts.add(words(worst) + " " + esas.score(worst)));
            parts.add("total " + esas.total());
        }
        if (visit.pps() != null) {
            parts.add("PPS " + visit.pps() + "%");
        }
        return String.join(", ", parts);
    }

    /**
     * Who led a visit, as the team writes it in a chart: RN, NP, MD, SW; the disciplines without a
     * usual abbreviation in words, such as "chaplain".
     */
    private static String abbreviation(Discipline discipline) {
        return switch (discipline) {
            case PHYSICIAN -> "MD";
            case NURSE_PRACTITIONER -> "NP";
            case NURSE -> "RN";
            case SOCIAL_WORKER -> "SW";
            case CHAPLAIN, PHARMACIST, DIETITIAN, THERAPIST, CHILD_LIFE_SPECIALIST -> words(discipline);
        };
    }

    /** What a visit of this FHIR Encounter class is called, such as "Home visit" for HH. */
    private static String visitKind(String encounterClass) {
        return switch (encounterClass) {
            case "IMP" -> "Hospital consult visit";
            case "AMB" -> "Clinic visit";
            case "HH" -> "Home visit";
            case "VR" -> "Video visit";
            default -> "Visit";
        };
    }

    /**
     * A time span as a clinician says it: minutes under an hour (a started minute counts, so a
     * patient seen a few seconds late is "1 min past the target", never "0 min"), else hours, to
     * the nearest.
     */
    private static String span(Duration duration) {
        long minutes = duration.plusSeconds(59).toMinutes();
        return minutes < 60 ? minutes + " min" : (minutes + 30) / 60 + " h";
    }

    private static String urgencyOf(Urgency urgency) {
        return urgency == Urgency.ROUTINE ? "" : ", " + words(urgency);
    }

    private static String actorOf(Referrer referrer) {
        return referrer.clinician() + ", " + referrer.organisation();
    }

    private static String label(CareSetting setting) {
        return switch (setting) {
            case INPATIENT -> "inpatient";
            case OUTPATIENT -> "outpatient clinic";
            case HOME -> "home";
        };
    }

    private static String label(CodeStatus codeStatus) {
        return switch (codeStatus) {
            case FULL_CODE -> "full code";
            case DNR -> "DNR";
            case DNR_DNI -> "DNR/DNI";
            case COMFORT_MEASURES_ONLY -> "comfort measures only";
        };
    }

    /** An enum constant in words, such as "shortness of breath" or "nurse practitioner". */
    private static String words(Enum<?> constant) {
        return words(constant.name());
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
