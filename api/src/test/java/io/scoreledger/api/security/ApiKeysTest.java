package io.scoreledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void generatedKeysHaveTheSeedsFormatAndParseBack() {
        var parts = ApiKeys.generate();

        assertThat(parts.raw()).matches("crp\\.[0-9A-Za-z]{16}\\.[0-9A-Za-z]{32}");
        assertThat(ApiKeys.parse(parts.raw())).isEqualTo(parts);
    }

    @Test
    void secretsCarryAtLeast160BitsAndDoNotRepeat() {
        double bitsPerCharacter = Math.log(62) / Math.log(2);
        assertThat(32 * bitsPerCharacter).isGreaterThanOrEqualTo(160);
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ApiKeys.generate().secret())).isTrue();
        }
    }

    @Test
    void malformedKeysDoNotParse() {
        assertThat(ApiKeys.parse("crp.short.secret")).isNull();
        assertThat(ApiKeys.parse("xyz.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .isNull();
        assertThat(ApiKeys.parse("crp.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!"))
                .isNull();
    }

    @Test
    void hashesCompareByValue() {
        var hash = Hashing.sha256Hex("secret");

        assertThat(hash).hasSize(64);
        assertThat(Hashing.matchesSha256Hex("secret", hash)).isTrue();
        assertThat(Hashing.matchesSha256Hex("Secret", hash)).isFalse();
    }
}
