package org.pallium.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordLinksTest {

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource({
            "http://127.0.0.1:8080/,          api/referrals/6f1c2a8e-3b7d-4e59-9a0c-2d5e8f71b346",
            "https://pallium.example.org/gw/, api/referrals/6f1c2a8e-3b7d-4e59-9a0c-2d5e8f71b346",
            "http://127.0.0.1:8080/,          http://127.0.0.1:8083/api/visits/0b6e1f7c-5a2d-4c8e-b1f9-7d3a6e2c9b40",
            "https://pallium.example.org/gw/, https://home.example.org/api/patients/0b6e1f7c-5a2d-4c8e-b1f9-7d3a6e2c9b40/acp"})
    void aStoredLinkBecomesWhatResolvingItAgainstTheCalledAddressGives(String base, String link) {
        assertThat(RecordLinks.absolute(base, link)).isEqualTo(URI.create(base).resolve(link).toString());
    }
}
