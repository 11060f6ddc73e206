package org.pallium.platform.lifecycle;

/**
 * A care service's record of a referral, with the handover it came with when the patient was
 * handed over from another setting.
 *
 * @param handover null when the referral came with none, or none has arrived yet
 */
public record WithHandover<R extends CareReferral>(R referral, ReferralHandover handover) {
}
