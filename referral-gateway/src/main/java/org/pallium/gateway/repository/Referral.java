package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** A page of referrals, newest first, after {@code after} (keyset paging, like the timeline). */
    public static List<Referral> page(ReferralFilter filter, Optional<ReferralPosition> after, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
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
}
