package io.scoreledger.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The seed's paginated list: {"success", "data": […], "pagination": {current_page, per_page, total, last_page}}. */
record PagedEnvelope<T>(boolean success, List<T> data, Pagination pagination) {

    record Pagination(
            @JsonProperty("current_page") int currentPage,
            @JsonProperty("per_page") int perPage,
            long total,
            @JsonProperty("last_page") long lastPage) {}
}
