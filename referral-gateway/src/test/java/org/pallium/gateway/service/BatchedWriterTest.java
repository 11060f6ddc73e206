package org.pallium.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BatchedWriterTest {

    private static final String UPSERT = """
            INSERT INTO summary_code_status (patient_id, code_status, documented_at)
            VALUES (?, ?, ?::timestamptz)
            ON CONFLICT (patient_id) DO UPDATE SET code_status = excluded.code_status
            WHERE summary_code_status.documented_at < excluded.documented_at""";

    @Test
    void anUpsertOfManyRowsRepeatsItsRowOfValuesAndKeepsTheRest() {
        assertThat(BatchedWriter.withRows(UPSERT, 3)).isEqualTo("""
                INSERT INTO summary_code_status (patient_id, code_status, documented_at)
                VALUES (?, ?, ?::timestamptz), (?, ?, ?::timestamptz), (?, ?, ?::timestamptz)
                ON CONFLICT (patient_id) DO UPDATE SET code_status = excluded.code_status
                WHERE summary_code_status.documented_at < excluded.documented_at""");
        assertThat(BatchedWriter.withRows(UPSERT, 1)).isEqualTo(UPSERT);
        assertThat(BatchedWriter.withRows("INSERT INTO summary_visit (visit_id) VALUES (?)", 2))
                .isEqualTo("INSERT INTO summary_visit (visit_id) VALUES (?), (?)");
    }

    @Test
    void onlyARowOfParametersIsRepeated() {
        assertThatIllegalArgumentException().isThrownBy(() -> BatchedWriter.withRows(
                "UPDATE summary_appointment SET status = ? WHERE appointment_id = ?", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> BatchedWriter.withRows(
                "INSERT INTO summary_visit (visit_id, ended_at) VALUES (?, coalesce(?, now()))", 2));
    }
}
