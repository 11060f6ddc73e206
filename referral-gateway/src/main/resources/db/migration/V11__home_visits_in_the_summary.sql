-- The home programme's scheduled visits are next appointments too, beside the clinic's: a visit is
-- BOOKED once scheduled, until the clinician checks in (STARTED) or it is missed (MISSED). Its id is
-- the visit's; it has no visit type, which is the clinic's.
ALTER TABLE summary_appointment DROP CONSTRAINT summary_appointment_status_check;
ALTER TABLE summary_appointment ADD CONSTRAINT summary_appointment_status_check
    CHECK (status IN ('BOOKED', 'CANCELLED', 'MISSED', 'STARTED'));
