package org.pallium.gateway.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * A patient in the quality measures' read model: the earliest advanced cancer diagnosis any referral
 * sent, and the first palliative visit under any referral. Kept by the consumer
 * ({@code QualityProjection}); read here for the worklist of patients not seen yet.
 */
@Entity
public class QualityPatient extends PanacheEntityBase {

    /**
     * The worklist's order: the earliest diagnosis first, which puts the overdue before the due and
     * both by the day their 8 weeks end; then by patient.
     */
    public static final Keyset<QualityPatient> LONGEST_WAITING_FIRST = Keyset.of("q.patientId",
            patient -> patient.patientId, Keyset.ascending("q.diagnosedOn", LocalDate.class, patient -> patient.diagnosedOn));

    @Id
    public UUID patientId;
    /** The registry's patient, for the name; read only, the consumer writes the row. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patientId", insertable = false, updatable = false)
    public Patient patient;
    public String diagnosisSystem;
    public String diagnosisCode;
    /** Null while no referral sent an advanced cancer diagnosis with its date. */
    public String diagnosisText;
    public LocalDate diagnosedOn;
    /** When the first palliative visit under any referral began; null while the patient has not been seen. */
    public Instant firstSeenAt;

    /** The statuses of a referral that has not ended: the census and the open referral shown. */
    private static final List<ReferralStatus> OPEN = Arrays.stream(ReferralStatus.values())
            .filter(status -> !status.isFinal()).toList();

    /**
     * A page of the patients with an advanced cancer diagnosis who have not been seen by palliative
     * care, longest waiting first, with their registry entry; only those the registry knows.
     *
     * @param visibility every patient, or those on the census of a setting (a referral of theirs
     *                   there has not ended), as {@code GatewayPatientScope} lets a clinician see
     *                   them; nobody else's patients
     */
    public static List<QualityPatient> notSeen(ReferralVisibility visibility, PageRequest page) {
        String where = "q.firstSeenAt is null and q.diagnosedOn is not null";
        Map<String, Object> parameters = Map.of();
        if (!visibility.everything()) {
            if (visibility.censusOf().isEmpty()) {
                return List.of();
            }
            where += " and exists (from Referral r where r.patientId = q.patientId and r.setting = :census"
                    + " and r.status in :open)";
            parameters = Map.of("census", visibility.censusOf().get(), "open", OPEN);
        }
        Keyset.Query query = LONGEST_WAITING_FIRST.page("from QualityPatient q join fetch q.patient", where, parameters,
                page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** Each of these patients' newest referral that has not ended, if they have one. */
    public static Map<UUID, Referral> openReferralsOf(List<QualityPatient> patients) {
        List<UUID> ids = patients.stream().map(patient -> patient.patientId).toList();
        List<Referral> open = ids.isEmpty() ? List.of() : Referral.list("patientId in ?1 and status in ?2",
                Sort.descending("submittedAt", "id"), ids, OPEN);
        return open.stream().collect(Collectors.toMap(referral -> referral.patientId, referral -> referral,
                (newest, older) -> newest));
    }
}
