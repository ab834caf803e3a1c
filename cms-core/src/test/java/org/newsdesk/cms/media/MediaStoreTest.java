package org.newsdesk.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both stores, through the one interface: the folder under the data directory, and an S3 bucket on
 * a real S3-compatible server (S3Proxy, started here on a free port, checking AWS V4 signatures).
 */
class MediaStoreTest {

    abstract static class Contract {

        abstract MediaStore store();

        @Test
        void keepsReturnsAndDeletesBytesByKey() throws IOException {
            byte[] picture = TestPictures.encode(TestPictures.halves(64, 32), "jpeg");
            store().put("renditions/7-w320-abc123.jpg", picture, "image/jpeg");
            assertThat(store().get("renditions/7-w320-abc123.jpg")).hasValue(picture);
            store().delete("renditions/7-w320-abc123.jpg");
            assertThat(store().get("renditions/7-w320-abc123.jpg")).isEmpty();
        }

        @Test
        void anUnknownKeyIsEmptyAndDeletingItIsHarmless() throws IOException {
            assertThat(store().get("originals/never-written.png")).isEmpty();
            store().delete("originals/never-written.png");
        }

        @Test
        void refusesAKeyThatLeavesTheStore() {
            assertThatThrownBy(() -> store().put("originals/../../etc/passwd", new byte[1], "text/plain"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().get("../secret")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OnTheFileSystem extends Contract {

        @TempDir
        Path data;

        @Override
        MediaStore store() {
            return new FileSystemMediaStore(data.resolve("media"));
        }

        @Test
        void writesWhereNginxServesRenditionsFrom() throws IOException {
            store().put("renditions/1-w640-ff.jpg", "x".getBytes(StandardCharsets.US_ASCII), "image/jpeg");
            assertThat(data.resolve("media/renditions/1-w640-ff.jpg")).hasContent("x");
            try (var left = Files.list(data.resolve("media/renditions"))) {
                assertThat(left).hasSize(1); // no partial file left beside it
            }
        }
    }

    @Nested
    class InAnS3Bucket extends Contract {

        @Override
        MediaStore store() {
            return new S3MediaStore(URI.create("http://127.0.0.1:" + proxy.getPort()), BUCKET, "us-east-1", ACCESS, SECRET);
        }

        @Test
        void aWrongSecretIsRefusedByTheServer() {
            MediaStore wrong = new S3MediaStore(URI.create("http://127.0.0.1:" + proxy.getPort()), BUCKET, "us-east-1", ACCESS, "not-the-secret");
            assertThatThrownBy(() -> wrong.put("originals/a.jpg", new byte[] {1}, "image/jpeg"))
                    .isInstanceOf(IOException.class).hasMessageContaining("HTTP 403");
        }
    }

    private static final String BUCKET = "newsdesk-media";
    private static final String ACCESS = "newsdesk";
    private static final String SECRET = "a-secret-for-the-test";
    private static S3Proxy proxy;
    private static BlobStoreContext blobs;

    @BeforeAll
    static void startS3() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials(ACCESS, SECRET).overrides(new Properties())
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!AbstractLifeCycle.STARTED.equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
    }
}
