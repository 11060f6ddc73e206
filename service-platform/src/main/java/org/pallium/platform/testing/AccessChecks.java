package org.pallium.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restassured.specification.RequestSpecification;

import org.jose4j.jwt.JwtClaims;
import org.pallium.platform.local.DevIssuer;
import org.pallium.platform.security.Roles;

/** What every service's access tests ask: a call with a given token, and the audit trail's view of it. */
public final class AccessChecks {

    private AccessChecks() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static String auditor() {
        return TestTokens.as("auditor-ines", Roles.AUDITOR, Optional.empty());
    }

    /** The caller's audit entries, the newest first. */
    public static List<Map<String, Object>> auditOf(String actor) {
        return as(auditor()).queryParam("actor", actor).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("entries");
    }

    /**
     * A GET of {@code path} with no token, an expired one, one signed by another key (401 with a
     * bearer challenge, problem+json) and one without a Pallium role (403), never a 500; each call
     * leaves its audit entry, the refused tokens naming nobody.
     */
    public static void refusesEveryBadTokenAndRecordsIt(String path) {
        JwtClaims foreign = new JwtClaims();
        foreign.setIssuer(DevIssuer.ISSUER);
        foreign.setAudience(DevIssuer.AUDIENCE);
        foreign.setSubject("intruder");
        foreign.setStringListClaim("groups", Roles.COORDINATOR);
        foreign.setExpirationTimeMinutesInTheFuture(10);
        String expired = TestTokens.issuer().token("dr-late", List.of(Roles.COORDINATOR), Optional.empty(),
                Duration.ofMinutes(-10));

        given().header("Authorization", "").get(path).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        as(expired).get(path).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        as(DevIssuer.sign(foreign, DevIssuer.newKeyPair().getPrivate())).get(path).then().statusCode(401);
        as(TestTokens.issuer().token("nobody", List.of(), Optional.empty(), Duration.ofMinutes(10)))
                .get(path).then().statusCode(403);

        List<Map<String, Object>> entries = as(auditor()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("entries");
        assertThat(entries).filteredOn(entry -> entry.get("request").equals("GET " + path))
                .extracting(entry -> entry.get("actor") + " " + entry.get("status") + " " + entry.get("outcome"))
                .containsExactly("nobody 403 DENIED", "anonymous 401 DENIED", "anonymous 401 DENIED",
                        "anonymous 401 DENIED");
    }
}
