package org.newsdesk.cms.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.newsdesk.cms.html.BodySanitizer;
import org.newsdesk.cms.media.MediaConfiguration;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.media.Rendition;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.shared.InvalidInputException;

/**
 * Brings an export's attachments into the media library, before its posts are imported: each
 * attachment's file is read from the site's uploads zip (uploaded beside the export), checked as
 * any upload is (type, size and pixel limits) and kept with its alt text
 * ({@code _wp_attachment_image_alt}) and caption (the attachment's excerpt). A file brought in by
 * an earlier import (the same bytes) is not kept twice. The posts then find their pictures in
 * the {@link ImportPictures} this returns. Without the zip, the report says once that images keep
 * their WordPress addresses.
 */
@ApplicationScoped
public class WordPressPictures {

    /** The longest the import waits for the pictures' sizes for readers, when none gets ready meanwhile. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    MediaLibrary media;

    @Inject
    MediaConfiguration configuration;

    @Inject
    WordPressImports jobs;

    @Inject
    ImportSetup.Creations notes;

    /** Where the uploads zip of an export stored at {@code export} is kept: beside it, for as long as it. */
    public static Path uploadsBeside(Path export) {
        String name = export.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return export.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".uploads.zip");
    }

    /** An attachment as the first pass keeps it: no body. */
    private record Attachment(long postId, String title, String url, String alt, String caption) {
    }

    ImportPictures bring(ImportPlan plan, Path export) throws IOException {
        List<Attachment> attachments = new ArrayList<>();
        WxrReader.posts(export, post -> {
            if ("attachment".equals(post.postType())) {
                String url = post.picture().attachmentUrl() != null ? post.picture().attachmentUrl() : post.guid();
                attachments.add(new Attachment(post.postId(), post.reportTitle(), url, text(post.picture().alt(), MediaImage.ALT_MAXIMUM),
                        text(post.excerpt(), MediaImage.CAPTION_MAXIMUM)));
            }
        });
        Path zip = uploadsBeside(export);
        if (!Files.isReadable(zip)) {
            if (!attachments.isEmpty()) {
                notes.note(plan.jobId(), "Pictures", String.format(Locale.ROOT, "The export lists %,d media file%s, and no zip of"
                        + " the site's wp-content/uploads folder came with it: images in the stories keep their WordPress"
                        + " addresses. Import the export again with the zip to bring them into the media library.",
                        attachments.size(), attachments.size() == 1 ? "" : "s"));
            }
            return ImportPictures.NONE;
        }
        Map<Long, Long> byAttachment = new HashMap<>();
        Map<String, Long> byPlace = new HashMap<>();
        Set<Long> fresh = new LinkedHashSet<>();
        int missing = 0;
        long limit = configuration.limits().maximumBytes();
        try (WordPressUploads uploads = WordPressUploads.open(zip)) {
            for (Attachment attachment : attachments) {
                Optional<String> place = WordPressUploads.placeOfAddress(attachment.url());
                Optional<byte[]> bytes;
                try {
                    bytes = place.isEmpty() ? Optional.empty() : uploads.read(place.get(), limit);
                } catch (WordPressUploads.TooLarge tooLarge) {
                    notes.note(plan.jobId(), attachment.title(), "Not brought into the media library: the file is larger than"
                            + " pictures can be (" + limit / (1024 * 1024) + " MB). Images of it keep their WordPress address.");
                    continue;
                }
                if (bytes.isEmpty()) {
                    missing++;
                    continue;
                }
                Optional<MediaImage> same = media.findSame(bytes.get());
                long imageId;
                if (same.isPresent()) {
                    imageId = same.get().getId();
                } else {
                    try {
                        String fileName = place.get().substring(place.get().lastIndexOf('/') + 1);
                        imageId = media.upload(plan.actor(), "file", fileName, bytes.get(), attachment.alt(), attachment.caption(), null)
                                .getId();
                        fresh.add(imageId);
                    } catch (InvalidInputException refused) {
                        notes.note(plan.jobId(), attachment.title(), "Not brought into the media library: "
                                + String.join(" ", refused.problems().stream().map(p -> p.message()).toList())
                                + " Images of it keep their WordPress address.");
                        continue;
                    } catch (EditorialException refused) {
                        notes.note(plan.jobId(), attachment.title(), "Not brought into the media library: " + refused.getMessage());
                        continue;
                    }
                }
                byAttachment.put(attachment.postId(), imageId);
                byPlace.put(place.get(), imageId);
                jobs.stillRunning(plan.jobId(), plan.runToken());
            }
        } catch (java.util.zip.ZipException notAZip) {
            notes.note(plan.jobId(), "Pictures", "The uploads file is not a zip archive, so no pictures were brought in: images"
                    + " in the stories keep their WordPress addresses.");
            return ImportPictures.NONE;
        }
        Map<Long, ImportPictures.Shown> shown = waitForSizes(plan, new LinkedHashSet<>(byAttachment.values()));
        notes.note(plan.jobId(), "Pictures", String.format(Locale.ROOT, "%,d of the export's %,d media files are in the media"
                        + " library (%,d new)%s.", byAttachment.size(), attachments.size(), fresh.size(),
                missing == 0 ? "" : String.format(Locale.ROOT, "; %,d %s not in the uploads zip, and images of %s keep their"
                        + " WordPress addresses", missing, missing == 1 ? "was" : "were", missing == 1 ? "it" : "them")));
        return new ImportPictures(true, byAttachment, byPlace, shown);
    }

    /**
     * Waits until the pictures' sizes for readers are made (a body names one of them), renewing the
     * run's progress so no other instance takes the job over; how each appears in a body. A picture
     * not ready when patience runs out keeps its WordPress address in the bodies.
     */
    private Map<Long, ImportPictures.Shown> waitForSizes(ImportPlan plan, Set<Long> pictures) {
        Map<Long, ImportPictures.Shown> shown = new HashMap<>();
        Set<Long> waiting = new LinkedHashSet<>(pictures);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!waiting.isEmpty() && Instant.now().isBefore(giveUp)) {
            int before = waiting.size();
            for (Long id : List.copyOf(waiting)) {
                Optional<MediaImage> image = media.find(id);
                if (image.isEmpty() || image.get().getStatus() == MediaImage.Status.FAILED) {
                    waiting.remove(id);
                } else if (image.get().getStatus() == MediaImage.Status.READY) {
                    waiting.remove(id);
                    image.get().widthAtLeast(640).ifPresent(r -> shown.put(id, new ImportPictures.Shown(
                            BodySanitizer.PICTURES + Rendition.fileName(id, r.getKind(), r.getContentHash()),
                            r.getWidth(), r.getHeight(), image.get().getAltText())));
                }
            }
            if (waiting.size() < before) {
                giveUp = Instant.now().plus(PATIENCE);
                jobs.stillRunning(plan.jobId(), plan.runToken());
            }
            if (!waiting.isEmpty()) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return shown;
    }

    /** WordPress's text as plain text, cut to what the library keeps (a longer one would refuse the picture). */
    private static String text(String html, int maximum) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(html).text().strip();
        if (text.length() > maximum) {
            text = text.substring(0, maximum - 1).strip() + "\u2026";
        }
        return text.isEmpty() ? null : text;
    }
}
