package org.newsdesk.cms.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between Newsdesk and its PostgreSQL, in the test's hands: a TCP relay on a loopback
 * port that forwards every connection to the suite's database. {@link #cut()} drops every open
 * connection and refuses new ones, as a database server that has gone away does; {@link #restore()}
 * lets connections through again. The shared PostgreSQL itself is never stopped: other tests (and
 * other people) use it.
 */
final class DatabaseLink implements AutoCloseable {

    private final InetSocketAddress database;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;
    private volatile boolean closed;
    private volatile boolean hanging;

    private DatabaseLink(InetSocketAddress database, int port) {
        this.database = database;
        this.port = port;
    }

    /** A link to the database of a {@code jdbc:postgresql://host[:port]/name?...} URL, open. */
    static DatabaseLink to(String jdbcUrl) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        InetSocketAddress database = new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort());
        DatabaseLink link = new DatabaseLink(database, LocalCluster.freePort());
        link.restore();
        return link;
    }

    /** The URL that reaches the same database through this link. */
    String url(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The database goes away: every open connection is dropped, new ones are refused. */
    synchronized void cut() throws IOException {
        ServerSocket server = listening;
        listening = null;
        if (server != null) {
            server.close();
        }
        for (Socket socket : open) {
            close(socket);
        }
    }

    /**
     * The database stops answering without refusing anything (a host that went dark, a firewall
     * dropping packets): connections open and writes succeed, but nothing comes back.
     */
    synchronized void hang() {
        hanging = true;
    }

    /** The database is back: connections go through again, on the same port. */
    synchronized void restore() throws IOException {
        if (hanging) {
            // what was sent into the dark is lost: those connections are dead, as after a real one
            hanging = false;
            for (Socket socket : open) {
                close(socket);
            }
        }
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = server;
        Thread acceptor = new Thread(() -> accept(server), "database-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        cut();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed() && !closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // cut: the server socket was closed
            }
            if (hanging) {
                open.add(client);
                pump(client, null);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(database, 5_000);
            } catch (IOException e) {
                close(client);
                close(upstream);
                continue;
            }
            open.add(client);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    /**
     * Copies one direction until either side closes, then closes both; while the link hangs, what
     * arrives is dropped. {@code to} is null for a connection accepted while hanging: it never
     * reaches the database.
     */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (!hanging) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side is gone: the other goes too, as with a dead server
            } finally {
                close(from);
                if (to != null) {
                    close(to);
                }
            }
        }, "database-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
