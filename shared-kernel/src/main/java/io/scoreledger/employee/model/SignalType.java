package io.scoreledger.employee.model;

import java.util.Arrays;
import java.util.Optional;

/** What happened. Risk signals lower a score; positive ones restore it, never above the baseline. */
public enum SignalType {
    PHISHING_CLICK("phishing_click", true),
    CREDENTIAL_SUBMITTED("credential_submitted", true),
    MALWARE_DETECTED("malware_detected", true),
    MFA_DISABLED("mfa_disabled", true),
    BREACHED_PASSWORD("breached_password", true),
    POLICY_VIOLATION("policy_violation", true),
    TRAINING_OVERDUE("training_overdue", true),
    TRAINING_COMPLETED("training_completed", false),
    PHISH_REPORTED("phish_reported", false),
    MFA_ENABLED("mfa_enabled", false);

    private final String wireName;
    private final boolean risk;

    SignalType(String wireName, boolean risk) {
        this.wireName = wireName;
        this.risk = risk;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isRisk() {
        return risk;
    }

    public static Optional<SignalType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
