package io.scoreledger.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

public final class Envelopes {

    private Envelopes() {}

    /** The seeds' error envelope, with nothing internal in it. */
    public static void assertError(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var json = response.json();
        var keys = new ArrayList<String>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("success", "error");
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.path("error").path("code").asText()).isEqualTo(code);
        assertThat(json.path("error").path("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at io.", "org.springframework", "java.", "trace");
    }

    public static void assertSuccess(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isTrue();
    }
}
