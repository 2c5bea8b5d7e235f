package org.blocklet4j.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.List;

/**
 * A TCP server on 127.0.0.1 that speaks just enough HTTP to misbehave where {@code com.sun.net.httpserver} cannot:
 * it accepts connections and then either says nothing at all or starts a status line and trickles header lines
 * forever. {@link #closed} counts down when a connection it served was closed by the client.
 */
final class RawServer implements AutoCloseable {
    /** What the server does with a connection. */
    enum Mode {
        /** Reads the request and never answers. */
        SILENT,
        /** Sends a status line, then one header line every 200 ms, never the blank line that ends them. */
        ENDLESS_HEADERS
    }

    final CountDownLatch closed = new CountDownLatch(1);
    private final ServerSocket socket;
    private final Mode mode;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawServer(Mode mode) throws IOException {
        this.mode = mode;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "raw-server-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            if (mode == Mode.SILENT) {
                // Read (and ignore) until the client hangs up.
                byte[] buffer = new byte[1024];
                while (in.read(buffer) >= 0) {
                    // nothing
                }
            } else {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; ; i++) {
                    Thread.sleep(200);
                    out.write(("X-Slow-" + i + ": still coming\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // The client closed the connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        closed.countDown();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : connections) {
            s.close();
        }
    }
}
