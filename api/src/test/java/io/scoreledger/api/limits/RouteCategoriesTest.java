package io.scoreledger.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class RouteCategoriesTest {

    private final RouteCategories routes = new RouteCategories(List.of());

    @ParameterizedTest
    @CsvSource({
        "/v1/scores, SCORES",
        "/v1/scores/summary, SCORES",
        "/v1/scores/departments/engineering, SCORES",
        "/api/v3/auth, AUTHENTICATION",
        "/api/v3/auth/user, AUTHENTICATION",
        "/api/v3/auth/logout-user, AUTHENTICATION",
        "/api/v1/auth/session, AUTHENTICATION",
        "/api/v1/reports, REPORTS",
        "/api/v1/reports/generate, REPORTS",
        "/api/v1/reports/rep_1/download, REPORTS",
        "/api/v1/audit/events/export, REPORTS",
        "/api/v3/companies, GENERAL",
        "/api/v3/companies/cmp_1/clients, GENERAL",
        "/api/v1/audit/events, GENERAL",
        "/api/v1/api-keys, GENERAL",
        "/api, GENERAL",
        "/v1, GENERAL",
        "/v1/other, GENERAL",
    })
    void givenALimitedPath_whenCategorized_thenItsCategory(String path, RateLimitCategory expected) {
        assertThat(routes.categorize(path)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/health",
                "/actuator/metrics",
                "/actuator/prometheus",
                "/v3/api-docs",
                "/v3/api-docs/swagger-config",
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/error",
                "/",
                "/apix",
                "/v1x/scores",
                "/v2/scores"
            })
    void givenAPathOutsideApiAndV1_whenCategorized_thenNotLimited(String path) {
        assertThat(routes.categorize(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/v1/scoresheet, GENERAL",
        "/api/v3/authors, GENERAL",
        "/api/v1/reportsx, GENERAL",
        "/api/v1/audit/events/exports, GENERAL",
    })
    void givenAPathThatOnlySharesAPrefixString_whenCategorized_thenMatchedBySegmentsNotCharacters(
            String path, RateLimitCategory expected) {
        assertThat(routes.categorize(path)).contains(expected);
    }

    @Test
    void givenNoUploadRoutesConfigured_whenCategorizingAnyPath_thenNothingIsAFileUpload() {
        assertThat(routes.categorize("/api/v1/uploads")).contains(RateLimitCategory.GENERAL);
        assertThat(routes.categorize("/api/v1/compliance-evidence")).contains(RateLimitCategory.GENERAL);
    }

    @Test
    void givenUploadRoutesConfigured_whenCategorized_thenFileUploadsWithTrailingSlashesIgnored() {
        var withUploads =
                new RouteCategories(List.of("/api/v1/compliance-evidence/", "/api/v1/report-ingestion/jobs", ""));

        assertThat(withUploads.categorize("/api/v1/compliance-evidence")).contains(RateLimitCategory.FILE_UPLOADS);
        assertThat(withUploads.categorize("/api/v1/report-ingestion/jobs/job_1/extract"))
                .contains(RateLimitCategory.FILE_UPLOADS);
        assertThat(withUploads.categorize("/api/v1/report-ingestion/scope-keys"))
                .contains(RateLimitCategory.GENERAL);
        assertThat(withUploads.categorize("/actuator/health")).isEmpty();
    }

    @Test
    void givenAPercentEncodedPath_whenTheRequestPathIsTaken_thenItIsDecodedAsSpringMvcMatchesIt() {
        var request = new MockHttpServletRequest("GET", "/api/v1/%72eports/generate");

        String path = RouteCategories.pathOf(request);

        assertThat(path).isEqualTo("/api/v1/reports/generate");
        assertThat(routes.categorize(path)).contains(RateLimitCategory.REPORTS);
    }

    @Test
    void givenAContextPath_whenTheRequestPathIsTaken_thenItIsThePathWithinTheApplication() {
        var request = new MockHttpServletRequest("GET", "/scoreledger/v1/scores/summary");
        request.setContextPath("/scoreledger");

        assertThat(routes.categorize(RouteCategories.pathOf(request))).contains(RateLimitCategory.SCORES);
    }
}
