package org.pallium.events;

/** The services a palliative team refers its patients on to. */
public enum OnwardService {
    PSYCHIATRY,
    PAIN_MEDICINE,
    INTERVENTIONAL_PAIN,
    INTEGRATIVE_MEDICINE,
    SOCIAL_WORK,
    CHAPLAINCY,
    OTHER
}
