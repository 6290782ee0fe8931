package io.scoreledger.values;

/**
 * What a company says about one of its clients. Only the name is required; employeeCount is null when unknown.
 */
public record ClientProfile(
        String name,
        String city,
        String state,
        String country,
        String industry,
        Integer employeeCount,
        String emailDeliverySettings) {}
