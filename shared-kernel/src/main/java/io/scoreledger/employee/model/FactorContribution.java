package io.scoreledger.employee.model;

/** One signal type's share of a score: negative for risk, positive for restoring signals, in points (0.1 precision). */
public record FactorContribution(SignalType factor, double points) {}
