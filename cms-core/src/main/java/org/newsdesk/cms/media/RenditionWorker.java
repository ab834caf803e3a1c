package org.newsdesk.cms.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.shared.AfterCommit;

/**
 * Makes an image's renditions in the background, after the upload (or the move of its focal
 * point) committed, so the editor's request returns at once. One image at a time on each instance:
 * a 12-megapixel photo takes a second or two of a core and some 50 MB of heap while decoded, and
 * the machine also serves readers.
 */
@ApplicationScoped
public class RenditionWorker {

    private static final Logger LOG = Logger.getLogger(RenditionWorker.class.getName());

    private final Semaphore oneAtATime = new Semaphore(1);

    /** Pictures queued or being prepared on this instance, whose leases {@link RenditionRecovery} renews. */
    private final java.util.Set<Long> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Resource
    ManagedExecutorService executor;

    @Inject
    AfterCommit afterCommit;

    @Inject
    MediaStore store;

    @Inject
    RenditionRecorder recorder;

    /** Makes the image's renditions once the current transaction has committed. */
    public void makeAfterCommit(long imageId) {
        afterCommit.run("making the renditions of picture " + imageId, () -> makeSoon(imageId));
    }

    /** Queues the image's renditions now (a picture taken over from a stopped instance). */
    void makeSoon(long imageId) {
        queued.add(imageId);
        try {
            executor.submit(() -> make(imageId));
        } catch (RuntimeException refused) {
            queued.remove(imageId);
            throw refused;
        }
    }

    /** The pictures this instance has queued or is preparing now. */
    java.util.Set<Long> queued() {
        return java.util.Set.copyOf(queued);
    }

    void make(long imageId) {
        oneAtATime.acquireUninterruptibly();
        try {
            RenditionRecorder.Source source = recorder.source(imageId).orElse(null);
            if (source == null) {
                return; // deleted meanwhile
            }
            List<Rendition> made = new ArrayList<>();
            try {
                byte[] original = store.get(source.originalKey())
                        .orElseThrow(() -> new IOException("The original " + source.originalKey() + " is missing from " + store.describe()));
                for (RenditionImage image : ImageRenderer.render(original, source.facts(), source.focalX(), source.focalY())) {
                    String hash = sha256(image.jpeg()).substring(0, 16);
                    Rendition rendition = new Rendition(image.kind(), image.width(), image.height(), image.jpeg().length, hash);
                    store.put(rendition.key(imageId), image.jpeg(), ImageFormat.JPEG.mediaType());
                    made.add(rendition);
                }
            } catch (IOException | RuntimeException | OutOfMemoryError failed) {
                LOG.log(Level.WARNING, "Could not make the renditions of picture " + imageId, failed);
                recorder.failed(imageId);
                return;
            }
            recorder.made(imageId, made);
        } finally {
            queued.remove(imageId);
            oneAtATime.release();
        }
    }

    /** The short transactions around the slow work, each its own. */
    @ApplicationScoped
    public static class RenditionRecorder {

        record Source(String originalKey, ImageFacts facts, int focalX, int focalY) {
        }

        @Inject
        MediaRepository images;

        @Inject
        Clock clock;

        @Inject
        Event<MediaEvent> events;

        @Inject
        AfterCommit afterCommit;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        java.util.Optional<Source> source(long imageId) {
            return images.find(imageId).map(image -> new Source(image.getOriginalKey(),
                    new ImageFacts(image.getFormat(), image.getWidth(), image.getHeight()), image.getFocalX(), image.getFocalY()));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void made(long imageId, List<Rendition> made) {
            images.find(imageId).ifPresent(image -> {
                image.renditionsMade(made, clock.instant());
                List<Long> live = images.usesOf(imageId).stream().filter(ImageUse::live).map(ImageUse::articleId).toList();
                if (!live.isEmpty()) {
                    afterCommit.run("announcing the renditions of picture " + imageId,
                            () -> events.fire(new MediaEvent.ImageChanged(imageId, live, clock.instant())));
                }
            });
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void failed(long imageId) {
            images.find(imageId).ifPresent(image -> image.renditionsFailed(clock.instant()));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        List<Long> stuck(java.time.Instant before, int limit) {
            return images.stuckInProcessing(before, limit);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        boolean claim(long imageId, java.time.Instant before) {
            return images.claimRendering(imageId, before, clock.instant());
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void renew(java.util.Set<Long> imageIds) {
            images.renewRendering(imageIds, clock.instant());
        }
    }

    /** The SHA-256 of {@code bytes}, in hex (of a file's content; {@code shared.Sha256} hashes text). */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
