package io.scoreledger.values;

public enum Role {
    SUPER_ADMIN("super_admin", "Super Administrator"),
    MSP_ADMIN("msp_admin", "MSP Administrator"),
    COMPANY_USER("company_user", "Company User"),
    AUDITOR("auditor", "Auditor");

    private final String wireName;
    private final String displayName;

    Role(String wireName, String displayName) {
        this.wireName = wireName;
        this.displayName = displayName;
    }

    public String wireName() {
        return wireName;
    }

    public String displayName() {
        return displayName;
    }
}
