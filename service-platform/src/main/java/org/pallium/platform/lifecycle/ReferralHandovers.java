package org.pallium.platform.lifecycle;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.Handover;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.TransitionOutcome;
import org.pallium.platform.config.JsonColumnFormat;

/**
 * The handovers that the setting taking a patient on keeps, each under the referral the transition
 * opened here. A handover may arrive before its referral or after it (they come on different
 * topics), so it is kept whether or not the referral is here yet, and found by the referral's id
 * when the referral is read. It is shown only with a referral of the same patient.
 */
@ApplicationScoped
public class ReferralHandovers {

    private static final String KEEP = """
            INSERT INTO referral_handover (referral_id, patient_id, from_setting, outcome, handover, transitioned_by,
                                           transitioned_at, received_at)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
            ON CONFLICT (referral_id) DO NOTHING""";
    private static final String OF_REFERRALS = """
            SELECT h.referral_id, h.from_setting, h.outcome, h.handover, h.transitioned_by, h.transitioned_at, h.received_at
            FROM referral_handover h
            JOIN unnest(?, ?) AS r (referral_id, patient_id) USING (referral_id, patient_id)""";

    private final DataSource dataSource;
    private final Clock clock;

    ReferralHandovers(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Keeps the handover of a transition to this setting, in the caller's transaction. The first
     * one kept for a referral stays: a transition published again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(PatientTransitioned transition) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement keep = connection.prepareStatement(KEEP)) {
            keep.setObject(1, transition.onwardReferralId());
            keep.setObject(2, transition.patientId());
            keep.setString(3, transition.setting().name());
            keep.setString(4, transition.outcome().name());
            keep.setString(5, JsonColumnFormat.COLUMNS.writeValueAsString(transition.handover()));
            keep.setString(6, transition.transitionedBy());
            keep.setTimestamp(7, Timestamp.from(transition.transitionedAt()));
            keep.setTimestamp(8, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)));
            keep.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not keep the handover of transition " + transition.transitionId(), e);
        }
    }

    /** The referral with its handover, if one was kept for it. */
    public <R extends CareReferral> WithHandover<R> withHandover(R referral) {
        return withHandovers(List.of(referral)).getFirst();
    }

    /** The referrals in their order, each with its handover if one was kept for it; one query for them all. */
    public <R extends CareReferral> List<WithHandover<R>> withHandovers(List<R> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        Map<UUID, ReferralHandover> handovers = find(referrals);
        return referrals.stream().map(referral -> new WithHandover<>(referral, handovers.get(referral.referralId()))).toList();
    }

    private Map<UUID, ReferralHandover> find(List<? extends CareReferral> referrals) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(OF_REFERRALS)) {
            Array referralIds = connection.createArrayOf("uuid", referrals.stream().map(CareReferral::referralId).toArray());
            Array patientIds = connection.createArrayOf("uuid", referrals.stream().map(CareReferral::patientId).toArray());
            select.setArray(1, referralIds);
            select.setArray(2, patientIds);
            Map<UUID, ReferralHandover> handovers = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    handovers.put(rows.getObject(1, UUID.class), ReferralHandover.of(
                            CareSetting.valueOf(rows.getString(2)), TransitionOutcome.valueOf(rows.getString(3)),
                            rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getTimestamp(7).toInstant(),
                            JsonColumnFormat.COLUMNS.readValue(rows.getString(4), Handover.class)));
                }
            }
            return handovers;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the handovers of " + referrals.size() + " referrals", e);
        }
    }
}
