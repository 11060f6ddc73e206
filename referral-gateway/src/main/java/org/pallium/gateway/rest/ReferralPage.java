package org.pallium.gateway.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of referrals, newest first. */
public record ReferralPage(
        List<ReferralView> referrals,
        @Schema(description = "The next, older page; absent on the last page") URI next) {
}
