package io.scoreledger.api.security;

import io.scoreledger.ids.ApiKeyId;
import java.time.Instant;

/** Remembers when a key was last used; implementations batch the writes instead of writing once per request. */
public interface ApiKeyUsageRecorder {

    void used(ApiKeyId apiKey, Instant at);
}
