package org.pallium.homevisit.repository;

/** How the team met a family member: a visit in person, or a contact by phone or video. */
public enum ContactMode {
    IN_PERSON,
    PHONE,
    VIDEO
}
