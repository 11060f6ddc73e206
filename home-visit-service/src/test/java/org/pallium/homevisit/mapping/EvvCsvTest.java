package org.pallium.homevisit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pallium.events.Discipline;
import org.pallium.homevisit.service.EvvRecord;

class EvvCsvTest {

    private static final UUID VISIT = UUID.fromString("f8c4aa55-84ec-4bdc-bb22-ba3ca045e662");
    private static final UUID PATIENT = UUID.fromString("f8ea0e49-1192-4bc7-bd5f-8a79a42231c4");

    @Test
    void aTextThatASpreadsheetWouldEvaluateIsWrittenAfterAnApostropheAndNumbersAsTheyAre() {
        String row = EvvCsv.write(List.of(record("=HYPERLINK(\"http://evil.example\",\"MRN\")", "@nurse", -87.6298)))
                .split("\r\n")[1];

        assertThat(row).isEqualTo(VISIT + ",G0299," + PATIENT + ",urn:oid:2.16.840.1.113883.19.5,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"MRN\"\")\",2026-11-18,'@nurse,NURSE,"
                + "2026-11-18T16:00:00Z,2026-11-18T16:45:00Z,41.8791,-87.6298,12,111,41.8781,-87.6298,9,0,VERIFIED,");
    }

    @Test
    void everyFormulaStartIsDefusedAndAnOrdinaryTextIsLeftAlone() {
        for (String formula : List.of("+1", "-2+3", "=1+2", "@SUM(A1)", "\tcmd", "\rcmd")) {
            String csv = EvvCsv.write(List.of(record(formula, "nurse-ada", -87.6298)));
            assertThat(csv).as(formula).contains("'" + formula);
        }
        assertThat(EvvCsv.write(List.of(record("MRN-004711", "Smith, Jo", -87.6298))))
                .contains(",MRN-004711,2026-11-18,\"Smith, Jo\",NURSE,");
    }

    private static EvvRecord record(String identifierValue, String providerId, double longitude) {
        return new EvvRecord(VISIT, "G0299", PATIENT, "urn:oid:2.16.840.1.113883.19.5", identifierValue,
                LocalDate.parse("2026-11-18"), providerId, Discipline.NURSE, Instant.parse("2026-11-18T16:00:00Z"),
                Instant.parse("2026-11-18T16:45:00Z"), 41.8791, longitude, 12, 111, 41.8781, longitude, 9, 0,
                EvvRecord.Verification.VERIFIED, List.of());
    }
}
