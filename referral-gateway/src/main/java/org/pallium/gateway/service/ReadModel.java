package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralEvent;

/**
 * What the gateway builds from every setting's events and can build again from Kafka: the
 * timeline and the summary. Its projections run here, for live consumption and for a rebuild
 * alike. A new projection adds its call to {@link #apply} and its tables to {@link #TABLES}.
 */
@ApplicationScoped
public class ReadModel {

    /**
     * Every table the projections write and nothing else: a rebuild writes these anew and puts
     * them in their place. The gateway's own records (patients, referrals and their history) are not among them:
     * the gateway took them in, and events only move them on.
     */
    public static final List<String> TABLES = List.of("timeline_entry", "summary_visit", "summary_care_team",
            "summary_code_status", "summary_acp_document", "summary_appointment", "summary_healthcare_agent",
            "summary_advance_directive", "quality_referral", "quality_patient");

    /**
     * Of {@link #TABLES}, those a rebuild writes by COPY alone ({@link ReadModelWriter#insert}),
     * never reading them back nor upserting into them: it indexes them once they are loaded.
     */
    static final Set<String> COPIED_INTO_BY_A_REBUILD = Set.of("timeline_entry", "summary_visit");

    /**
     * The PostgreSQL advisory lock that a rebuild holds exclusively and each consumer transaction,
     * on every replica, shares: while a rebuild runs, consumption waits for it, and the rebuild
     * waits for the consumer transactions under way.
     */
    private static final long REBUILD_LOCK = 0x5041_4C4C_4955_4D52L;

    private final TimelineService timeline;
    private final SummaryProjection summary;
    private final QualityProjection quality;
    private final DataSource dataSource;

    ReadModel(TimelineService timeline, SummaryProjection summary, QualityProjection quality, DataSource dataSource) {
        this.timeline = timeline;
        this.summary = summary;
        this.quality = quality;
        this.dataSource = dataSource;
    }

    /** Applies the event to every projection, writing through {@code writer}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEventAttributes attributes, PalliumEvent event, ReadModelWriter writer) {
        timeline.add(attributes, event, writer);
        summary.apply(event, writer);
        if (event instanceof ReferralEvent referral) {
            quality.apply(referral);
        }
    }

    /** Waits, until the transaction ends, for a rebuild under way; holds any to come back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdRebuildsBack() {
        lock("pg_advisory_xact_lock_shared");
    }

    /** Waits for the consumer transactions under way and holds new ones back until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    void holdConsumptionBack() {
        lock("pg_advisory_xact_lock");
    }

    private void lock(String function) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + REBUILD_LOCK + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the read model's rebuild lock", e);
        }
    }
}
