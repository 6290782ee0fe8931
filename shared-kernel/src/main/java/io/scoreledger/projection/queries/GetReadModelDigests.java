package io.scoreledger.projection.queries;

import java.util.SortedMap;

/**
 * A SHA-256 content digest (hex) per table of the read_model schema. A rebuild from the same event log must give
 * the same digests; a difference means a projection wrote something not derived from its events.
 */
public record GetReadModelDigests() {

    public record Result(SortedMap<String, String> digests) {}
}
