package org.newsdesk.cms.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request really came from. Behind nginx every request arrives from nginx, so the
 * reader's or editor's own address is in {@code X-Forwarded-For}; but anyone can send that header,
 * so it is believed only as far as it was written by a proxy we trust ({@code cms.proxy.trusted}:
 * addresses or CIDR ranges, e.g. {@code 127.0.0.1, 172.16.0.0/12}). Walking the header from the
 * right, the first address that is not a trusted proxy is the client; an attacker can prepend
 * whatever they like, but never past the proxy nearest to us.
 */
public final class ClientAddress {

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /**
     * @param trustedProxies a comma-separated list of addresses and CIDR ranges; blank trusts none
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static ClientAddress trusting(String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        if (trustedProxies != null) {
            for (String entry : trustedProxies.split(",")) {
                if (!entry.isBlank()) {
                    ranges.add(Range.parse(entry.strip()));
                }
            }
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null
                ? List.of() : java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client: {@code peer} unless it is a trusted proxy, then the nearest untrusted hop it forwarded for. */
    String resolve(String peer, List<String> forwardedForHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (parse(hop).isEmpty()) {
                // not an address (a forged or garbled entry): stop at the last hop we could vouch for
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = parse(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** A literal IPv4 or IPv6 address, never a host name (that would ask DNS). */
    private static Optional<InetAddress> parse(String literal) {
        // dotted decimal, or IPv6 (it has a colon): a bare word of hex letters ("cafe") is a host
        // name to InetAddress, and would be asked of DNS on the request's thread
        if (literal == null || !(literal.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                || (literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f.:]+")))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(BigInteger network, int prefixBits, int addressBits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String literal = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress address = ClientAddress.parse(literal).orElseThrow(() -> new IllegalArgumentException(
                    "cms.proxy.trusted: \"" + entry + "\" is not an IP address or CIDR range"));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("cms.proxy.trusted: \"" + entry + "\" has a prefix length outside 0.." + bits);
            }
            return new Range(masked(address, prefix), prefix, bits);
        }

        boolean contains(InetAddress address) {
            return address.getAddress().length * 8 == addressBits && masked(address, prefixBits).equals(network);
        }

        private static BigInteger masked(InetAddress address, int prefix) {
            int bits = address.getAddress().length * 8;
            return new BigInteger(1, address.getAddress()).shiftRight(bits - prefix);
        }
    }
}
