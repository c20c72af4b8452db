package dev.spar.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where single-user Spar may listen: single-user mode has no login, so it listens on this machine's loopback only.
 */
public final class ListenAddress {
    private ListenAddress() {}

    /**
     * Returns why the server must not listen on this address in this mode, as one line; empty when it may.
     *
     * @param host the address to listen on; empty or {@code null} means every interface
     */
    public static Optional<String> refusal(String host, boolean accounts) {
        if (accounts || loopback(host)) {
            return Optional.empty();
        }
        String where = host == null || host.isBlank() ? "every network interface" : host;
        return Optional.of("single-user Spar has no login, so it listens on this machine only, not on " + where
                + ": start it with --accounts (SPAR_MODE=accounts) to share it, or leave out --host (SPAR_HOST).");
    }

    /** Returns whether a host names this machine's loopback. */
    public static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(bare);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
