package org.pallium.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports: every local server listens on 127.0.0.1 only. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that is free on loopback now. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LocalInfrastructureException("no free port on " + LOOPBACK, e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a one-line message naming the port and what needs it. */
    public static void requireFree(int port, String purpose) {
        if (!isFree(port)) {
            throw new LocalInfrastructureException("port " + port + " (" + purpose + ") is already in use on "
                    + LOOPBACK + "; stop what holds it (is Pallium already running?)");
        }
    }
}
