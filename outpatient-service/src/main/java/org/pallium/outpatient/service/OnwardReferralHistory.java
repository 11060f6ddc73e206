package org.pallium.outpatient.service;

import java.util.List;

import org.pallium.outpatient.repository.OnwardReferral;
import org.pallium.outpatient.repository.OnwardReferralStep;

/** An onward referral as it now stands, and its steps in the order they were taken. */
public record OnwardReferralHistory(OnwardReferral referral, List<OnwardReferralStep> steps) {
}
