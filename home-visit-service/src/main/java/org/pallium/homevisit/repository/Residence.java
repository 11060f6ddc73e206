package org.pallium.homevisit.repository;

/** Where the patient lives, which is where the home programme visits them. */
public enum Residence {
    PRIVATE_HOME,
    RELATIVES_HOME,
    ASSISTED_LIVING,
    NURSING_HOME
}
