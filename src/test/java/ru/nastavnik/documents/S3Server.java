package ru.nastavnik.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.documents.internal.storage.S3FileStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (Maven artifact {@code org.gaul:s3proxy}, copied to
 * {@code target/s3proxy/s3proxy.jar} by the build) started as a child process on a free port, in memory, with
 * signed requests. One per test JVM, stopped with it. Public for the tests of other modules keeping things in the
 * object store (the publishing channels' key).
 */
public final class S3Server {

    static final String IDENTITY = "nastavnik-test";
    static final String CREDENTIAL = "nastavnik-test-secret";
    static final String BUCKET = "nastavnik-test";

    private static S3Server running;

    private final URI endpoint;

    private S3Server(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static synchronized S3Server start() {
        if (running == null) {
            running = launch();
        }
        return running;
    }

    URI endpoint() {
        return endpoint;
    }

    StorageProperties.S3 settings() {
        return settings(BUCKET);
    }

    StorageProperties.S3 settings(String bucket) {
        return new StorageProperties.S3(endpoint, "us-east-1", bucket, true, IDENTITY, CREDENTIAL);
    }

    /** A store on a new, empty bucket of its own. */
    public S3FileStore freshStore() {
        return store(freshBucket());
    }

    /** A new, empty bucket's name. */
    public String freshBucket() {
        String bucket = "t-" + UUID.randomUUID();
        try (S3Client s3 = FileStoreConfiguration.client(settings(bucket))) {
            s3.createBucket(r -> r.bucket(bucket));
        }
        return bucket;
    }

    /** Another client of a bucket made before, as a second node has. */
    public S3FileStore store(String bucket) {
        return new S3FileStore(FileStoreConfiguration.client(settings(bucket)), bucket);
    }

    private static S3Server launch() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(
                        jar + " is missing: the build copies it (maven-dependency-plugin, s3proxy)");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path directory = Files.createDirectories(Path.of("target", "s3proxy"));
            Path properties = directory.resolve("s3proxy-" + port + ".properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.identity=" + IDENTITY,
                            "s3proxy.credential=" + CREDENTIAL,
                            "s3proxy.endpoint=" + endpoint,
                            "jclouds.provider=transient",
                            "jclouds.identity=unused",
                            "jclouds.credential=unused",
                            ""));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--properties",
                            properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(
                            directory.resolve("s3proxy-" + port + ".log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitPort(process, port);
            S3Server server = new S3Server(endpoint);
            try (S3Client s3 = FileStoreConfiguration.client(server.settings())) {
                s3.createBucket(r -> r.bucket(BUCKET));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitPort(Process process, int port) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "S3Proxy stopped with " + process.exitValue() + " (target/s3proxy/*.log)");
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within a minute");
    }
}
