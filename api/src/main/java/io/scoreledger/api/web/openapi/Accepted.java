package io.scoreledger.api.web.openapi;

/** The data of a 202: the new resource's id, to read it again shortly. */
public record Accepted(String id) {}
