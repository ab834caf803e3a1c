package org.newsdesk.cms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.shared.AfterCommit;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;

/**
 * The media library: upload, describe, find, delete pictures, and make one a story's lead image.
 * Whoever writes stories may upload and describe pictures; deleting one is the desk's decision
 * (editors), and is refused while a live story shows it.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    @Inject
    MediaRepository images;

    @Inject
    ArticleRepository articles;

    @Inject
    StaffService staff;

    @Inject
    MediaStore store;

    @Inject
    MediaConfiguration configuration;

    @Inject
    RenditionWorker renditions;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Event<MediaEvent> events;

    @Inject
    Clock clock;

    /**
     * Checks and keeps an uploaded file; its renditions follow in the background.
     *
     * @param field the form field the file came from, where a refusal is shown
     */
    public MediaImage upload(String actor, String field, String fileName, byte[] bytes, String alt, String caption, String credit) {
        StaffMember uploader = mayUseMedia(actor);
        ImageFacts facts = new ImageInspector(configuration.limits()).inspect(field, bytes);
        String sha256 = RenditionWorker.sha256(bytes);
        String key = "originals/" + sha256 + "." + facts.format().extension();
        try {
            store.put(key, bytes, facts.format().mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload in " + store.describe(), e);
        }
        MediaImage image = new MediaImage(facts, bytes.length, sha256, key, fileName, uploader, clock.instant());
        image.describe(alt, caption, credit, 50, 50, clock.instant());
        images.add(image);
        images.flush();
        renditions.makeAfterCommit(image.getId());
        return image;
    }

    /** New alt text, caption, credit or focal point; every live page showing the picture is evicted. */
    public MediaImage describe(String actor, long imageId, long expectedVersion, String alt, String caption, String credit,
                               int focalX, int focalY) {
        mayUseMedia(actor);
        MediaImage image = get(imageId);
        if (image.getVersion() != expectedVersion) {
            throw new org.newsdesk.cms.shared.StaleEditException("the details of this picture", image.getVersion());
        }
        if (image.describe(alt, caption, credit, focalX, focalY, clock.instant())) {
            renditions.makeAfterCommit(imageId); // the crops move with the focal point; evicted when made
        }
        images.flush();
        announceChange(image);
        return image;
    }

    /**
     * Deletes a picture no live story shows, once its sizes are made; drafts that had it as lead
     * image lose it.
     */
    public void delete(String actor, long imageId) {
        StaffPolicy.requireEditor(staff.getActive(actor), "delete pictures");
        MediaImage image = get(imageId);
        if (image.getStatus() == MediaImage.Status.PROCESSING) {
            throw new ImageBusyException();
        }
        List<ImageUse> uses = images.usesOf(imageId);
        List<ImageUse> live = uses.stream().filter(ImageUse::live).toList();
        if (!live.isEmpty()) {
            throw new ImageInUseException(live);
        }
        for (ImageUse use : uses) {
            articles.find(use.articleId()).ifPresent(article -> article.forgetDraftLeadImage(imageId));
        }
        List<String> keys = new java.util.ArrayList<>();
        keys.add(image.getOriginalKey());
        image.getRenditions().forEach(r -> keys.add(r.key(imageId)));
        images.remove(image);
        afterCommit.run("deleting the files of picture " + imageId, () -> keys.forEach(key -> {
            try {
                store.delete(key);
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(MediaLibrary.class.getName())
                        .log(java.util.logging.Level.INFO, "Could not delete " + key + " of a deleted picture; it stays unreferenced", e);
            }
        }));
    }

    /**
     * Makes a picture (or none) the lead image of a story's draft, with the focal point its crops
     * keep in view. The picture must have alt text.
     */
    public void chooseLeadImage(String actor, long articleId, Long imageId, Integer focalX, Integer focalY) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.findForUpdate(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        EditorialPolicy.requireMayEdit(member, article);
        if (imageId != null) {
            MediaImage image = images.find(imageId).orElseThrow(() -> new InvalidInputException("leadImage",
                    "That picture is no longer in the media library; choose another."));
            if (image.getAltText() == null) {
                throw new InvalidInputException("leadImage",
                        "The picture has no alt text yet. Describe it in the media library first, so readers who cannot see it know what it shows.");
            }
            if (image.getStatus() == MediaImage.Status.FAILED) {
                throw new InvalidInputException("leadImage", "The picture could not be prepared for readers; upload it again.");
            }
            int x = focalX == null ? image.getFocalX() : focalX;
            int y = focalY == null ? image.getFocalY() : focalY;
            if (x != image.getFocalX() || y != image.getFocalY()) {
                if (image.describe(image.getAltText(), image.getCaption(), image.getCredit(), x, y, clock.instant())) {
                    renditions.makeAfterCommit(imageId);
                }
            }
        }
        if (article.chooseLeadImage(imageId, clock.instant())) {
            // a new revision, as any change of the draft makes: restoring an older one brings its picture back
            articles.add(article.revise(article.draftContent(), member, clock.instant(),
                    imageId == null ? "Lead image removed." : "Lead image chosen."));
        }
    }

    /*
     * Reads run in a transaction of their own (not SUPPORTS): a non-transactional EntityManager
     * left in a reader's request is closed by Payara after the page cache's Hazelcast calls, and
     * the request then fails when it closes it again (see publish.cache.PageCache).
     */

    public Optional<MediaImage> find(long imageId) {
        return images.find(imageId);
    }

    /** The picture already kept with exactly these bytes, so a second import of a site adds no copies. */
    public Optional<MediaImage> findSame(byte[] bytes) {
        return images.findByOriginal(RenditionWorker.sha256(bytes));
    }

    public MediaImage get(long imageId) {
        return images.find(imageId).orElseThrow(() -> new NotFoundException("Picture", imageId));
    }

    public MediaPage page(String words, int number) {
        int page = Math.max(1, number);
        List<MediaImage> found = images.search(words, (page - 1) * MediaPage.SIZE, MediaPage.SIZE + 1);
        return new MediaPage(found.stream().limit(MediaPage.SIZE).toList(), page, found.size() > MediaPage.SIZE);
    }

    public List<MediaImage> usable(int limit) {
        return images.usable(limit);
    }

    /** The lead pictures readers may be given, of the live stories among {@code articleIds}, by article id. */
    public java.util.Map<Long, MediaImage> liveLeadImages(java.util.Collection<Long> articleIds) {
        java.util.Map<Long, MediaImage> usable = new java.util.HashMap<>(images.liveLeadImages(articleIds));
        usable.values().removeIf(image -> !image.isUsable());
        return usable;
    }

    public List<ImageUse> usesOf(long imageId) {
        return images.usesOf(imageId);
    }

    private void announceChange(MediaImage image) {
        List<Long> live = images.usesOf(image.getId()).stream().filter(ImageUse::live).map(ImageUse::articleId).toList();
        if (!live.isEmpty()) {
            MediaEvent event = new MediaEvent.ImageChanged(image.getId(), live, clock.instant());
            afterCommit.run("announcing " + event, () -> events.fire(event));
        }
    }

    private StaffMember mayUseMedia(String actor) {
        StaffMember member = staff.getActive(actor);
        if (!member.can(Role.WRITER)) {
            throw new NotPermittedException("Your account cannot add or describe pictures.");
        }
        return member;
    }
}
