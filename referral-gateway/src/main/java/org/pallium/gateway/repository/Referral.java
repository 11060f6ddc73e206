package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.pallium.events.CareSetting;

/**
 * A referral an EHR submitted, routed to one care setting; or one that a setting's team opened by
 * transferring the patient from its own referral, {@link #transferredFrom}.
 */
@Entity
public class Referral extends PanacheEntityBase {

    /**
     * The statuses of a referral that has ended, as literals in the query: the partial index of
     * the census (see the V8 migration) serves only a query that names them.
     */
    private static final String ENDED = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isFinal)
            .map(status -> ReferralStatus.class.getName() + "." + status.name())
            .collect(Collectors.joining(", ", "(", ")"));

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    @Enumerated(EnumType.STRING)
    public RoutingReason routingReason;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public String reason;
    public String referringClinician;
    public String ehrIdentifierSystem;
    public String ehrIdentifierValue;
    /** The referral as the EHR sent it; null for a referral taken in before Pallium kept it whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ReferralDetails details;
    public Instant submittedAt;
    public Instant updatedAt;
    /** The referral whose transfer opened this one; null for a referral an EHR submitted. */
    public UUID transferredFrom;
    /** The referral this one's transfer opened; null unless it is TRANSFERRED. */
    public UUID transferredTo;
    /**
     * Who submitted it: the subject of the bearer token. A referral a transfer opened has its
     * origin's; one from before tokens were checked has none.
     */
    public String submittedBy;

    /**
     * A page of the referrals {@code visibility} lets the caller see, newest first, after
     * {@code after} (keyset paging, like the timeline).
     */
    public static List<Referral> page(ReferralFilter filter, ReferralVisibility visibility, Optional<ReferralPosition> after,
            int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        restrictTo(visibility, conditions, parameters);
        filter.patientId().ifPresent(patient -> {
            conditions.add("patientId = :patient");
            parameters.and("patient", patient);
        });
        filter.status().ifPresent(status -> {
            conditions.add("status = :status");
            parameters.and("status", status);
        });
        filter.setting().ifPresent(setting -> {
            conditions.add("setting = :setting");
            parameters.and("setting", setting);
        });
        after.ifPresent(position -> {
            conditions.add("(submittedAt < :at or (submittedAt = :at and id < :id))");
            parameters.and("at", position.submittedAt()).and("id", position.referralId());
        });
        Sort newestFirst = Sort.descending("submittedAt", "id");
        PanacheQuery<Referral> query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.page(Page.ofSize(limit)).list();
    }

    /** The patient's referrals that have not ended, newest first. */
    public static List<Referral> openOf(UUID patientId) {
        return list("patientId = ?1 and status not in " + ENDED, Sort.descending("submittedAt", "id"), patientId);
    }

    /** Whether {@code visibility} lets the caller see any referral of the patient. */
    public static boolean anyVisible(UUID patientId, ReferralVisibility visibility) {
        List<String> conditions = new ArrayList<>(List.of("patientId = :patient"));
        Parameters parameters = Parameters.with("patient", patientId);
        restrictTo(visibility, conditions, parameters);
        return find(String.join(" and ", conditions), parameters).firstResultOptional().isPresent();
    }

    private static void restrictTo(ReferralVisibility visibility, List<String> conditions, Parameters parameters) {
        if (visibility.everything()) {
            return;
        }
        List<String> seen = new ArrayList<>();
        visibility.submittedBy().ifPresent(submitter -> {
            seen.add("submittedBy = :submitter");
            parameters.and("submitter", submitter);
        });
        visibility.censusOf().ifPresent(setting -> {
            seen.add("patientId in (select census.patientId from Referral census where census.setting = :census"
                    + " and census.status not in " + ENDED + ")");
            parameters.and("census", setting);
        });
        conditions.add(seen.isEmpty() ? "1 = 0" : "(" + String.join(" or ", seen) + ")");
    }
}
