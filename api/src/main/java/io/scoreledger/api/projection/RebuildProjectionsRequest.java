package io.scoreledger.api.projection;

import java.util.List;

/** processors: names of tracking processors; missing or empty means every resettable one. */
record RebuildProjectionsRequest(List<String> processors) {}
