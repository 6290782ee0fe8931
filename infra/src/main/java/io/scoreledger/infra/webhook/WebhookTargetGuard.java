package io.scoreledger.infra.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Refuses webhook targets that would let a tenant reach inside our network (SSRF): every address the host resolves
 * to must be public. Checked when a subscription is made and again before every delivery, because DNS can change in
 * between. allowPrivateTargets lifts the address check (local development and tests), never the scheme check.
 */
final class WebhookTargetGuard {

    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateTargets;
    private final Resolver resolver;

    WebhookTargetGuard(boolean allowPrivateTargets, Resolver resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = resolver;
    }

    WebhookTargetGuard(boolean allowPrivateTargets) {
        this(allowPrivateTargets, InetAddress::getAllByName);
    }

    /** Why the target is refused, or empty when it may be called. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("The url is not a valid URL.");
        }
        var scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            return Optional.of("The url must be an http or https URL.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("The url must name a host.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("The url must not carry credentials.");
        }
        if (allowPrivateTargets) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("The url's host does not resolve.");
        }
        if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(WebhookTargetGuard::isInternal)) {
            return Optional.of("The url resolves to a private, loopback, link-local or metadata address.");
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalV4(bytes);
        }
        if (address instanceof Inet6Address) {
            var unique = (bytes[0] & 0xfe) == 0xfc;
            var mappedV4 = isMappedV4(bytes);
            return unique || (mappedV4 && isInternalV4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return true;
    }

    private static boolean isInternalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 224;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
