package org.newsdesk.cms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's settings: the upload limits, and the store: S3-compatible when
 * {@code cms.media.s3.endpoint} and {@code cms.media.s3.bucket} are set ({@code CMS_MEDIA_S3_*}),
 * otherwise the {@code media} folder of the data directory.
 */
@ApplicationScoped
public class MediaConfiguration {

    private static final Logger LOG = Logger.getLogger(MediaConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "cms.data.dir", defaultValue = "./data")
    String dataDirectory;

    @Inject
    @ConfigProperty(name = "cms.media.max.megabytes", defaultValue = "25")
    long maximumMegabytes;

    @Inject
    @ConfigProperty(name = "cms.media.max.megapixels", defaultValue = "50")
    long maximumMegapixels;

    @Inject
    @ConfigProperty(name = "cms.media.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "cms.media.s3.bucket")
    Optional<String> s3Bucket;

    @Inject
    @ConfigProperty(name = "cms.media.s3.region", defaultValue = "us-east-1")
    String s3Region;

    @Inject
    @ConfigProperty(name = "cms.media.s3.access.key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "cms.media.s3.secret.key")
    Optional<String> s3SecretKey;

    public ImageLimits limits() {
        return new ImageLimits(maximumMegabytes * 1024 * 1024, maximumMegapixels * 1_000_000);
    }

    @Produces
    @ApplicationScoped
    MediaStore store() {
        MediaStore store;
        if (s3Endpoint.isPresent() && s3Bucket.isPresent()) {
            store = new S3MediaStore(URI.create(s3Endpoint.get()), s3Bucket.get(), s3Region,
                    s3AccessKey.orElse(""), s3SecretKey.orElse(""));
        } else {
            store = new FileSystemMediaStore(Path.of(dataDirectory, "media"));
        }
        LOG.info(() -> "Media: kept in " + store.describe());
        return store;
    }
}
