package io.scoreledger.api.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UrlPathHelper;

/**
 * Which rate-limit category a path belongs to; empty for paths that are not limited (everything outside /api and
 * /v1: actuator, OpenAPI, Swagger UI). The first matching entry wins; whatever else is under /api or /v1 is General.
 */
public final class RouteCategories {

    private static final List<String> LIMITED_ROOTS = List.of("/api", "/v1");
    private static final List<String> SCORES = List.of("/v1/scores");
    private static final List<String> AUTHENTICATION = List.of("/api/v3/auth", "/api/v1/auth");
    private static final List<String> REPORTS = List.of("/api/v1/reports", "/api/v1/audit/events/export");

    private final List<String> fileUploads;

    /**
     * @param fileUploadPaths path prefixes of upload routes. No upload route exists yet, so the entry is reserved
     *                        and empty by default (scoreledger.rate-limits.file-upload-paths).
     */
    public RouteCategories(List<String> fileUploadPaths) {
        this.fileUploads = fileUploadPaths.stream()
                .map(path -> path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                .filter(path -> !path.isEmpty())
                .toList();
    }

    public Optional<RateLimitCategory> categorize(String path) {
        if (!underAny(path, LIMITED_ROOTS)) {
            return Optional.empty();
        }
        if (underAny(path, SCORES)) {
            return Optional.of(RateLimitCategory.SCORES);
        }
        if (underAny(path, AUTHENTICATION)) {
            return Optional.of(RateLimitCategory.AUTHENTICATION);
        }
        if (underAny(path, fileUploads)) {
            return Optional.of(RateLimitCategory.FILE_UPLOADS);
        }
        if (underAny(path, REPORTS)) {
            return Optional.of(RateLimitCategory.REPORTS);
        }
        return Optional.of(RateLimitCategory.GENERAL);
    }

    /**
     * The decoded path within the application, as Spring MVC matches it, so that an encoded letter cannot move a
     * request from Reports into General.
     */
    public static String pathOf(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    private static boolean underAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return true;
            }
        }
        return false;
    }
}
