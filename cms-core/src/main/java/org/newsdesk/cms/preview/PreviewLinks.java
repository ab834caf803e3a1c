package org.newsdesk.cms.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.shared.Sha256;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Shareable preview links: a 256-bit random token in the URL, of which the database keeps only
 * the SHA-256 hash. Like a signature, the token cannot be guessed or altered; unlike one, it needs
 * no signing key shared between instances, and each link can be revoked on its own.
 */
@ApplicationScoped
@Transactional
public class PreviewLinks {

    /** How long a link may live: long enough for a source to read a story, short enough to forget. */
    public static final Duration LONGEST = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PreviewLinkRepository links;

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    /** A new link and the token that opens it: the token is shown once and never stored. */
    public record Issued(PreviewLink link, String token) {
    }

    public Issued issue(String actor, long articleId, Duration validFor) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.get(articleId);
        requireMayShare(member, article);
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST) > 0) {
            throw new InvalidInputException("validFor", "Choose how long the link works: at most 7 days.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        PreviewLink link = new PreviewLink(article, Sha256.hex(token), member, now, now.plus(validFor));
        links.add(link);
        changes.announce(member.asActor(), Action.PREVIEW_LINK_SHARED, Subject.story(article.getId(), article.getHeadline()),
                "for " + (validFor.toHours() < 24 ? validFor.toHours() + " hours" : validFor.toDays() + " days"));
        return new Issued(link, token);
    }

    /**
     * The article a token opens, for rendering its draft.
     *
     * @throws PreviewLinkRefused when the token is unknown, expired or revoked; all three read the
     *                            same, so a refusal tells a guesser nothing
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Article open(String token) {
        if (token == null || token.length() != 43) {
            throw new PreviewLinkRefused();
        }
        return links.findByTokenHash(Sha256.hex(token))
                .filter(link -> link.isOpenAt(clock.instant()))
                .map(PreviewLink::getArticle)
                .orElseThrow(PreviewLinkRefused::new);
    }

    public void revoke(String actor, long linkId) {
        StaffMember member = staff.getActive(actor);
        PreviewLink link = links.find(linkId).orElseThrow(() -> new NotFoundException("Preview link", linkId));
        requireMayShare(member, link.getArticle());
        link.revoke(clock.instant());
        Article article = link.getArticle();
        changes.announce(member.asActor(), Action.PREVIEW_LINK_WITHDRAWN, Subject.story(article.getId(), article.getHeadline()),
                null);
    }

    /** An article's links, newest first, for the editor to see and revoke. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PreviewLink> of(long articleId) {
        return links.of(articles.get(articleId));
    }

    private static void requireMayShare(StaffMember member, Article article) {
        if (!EditorialPolicy.mayEdit(member, article)) {
            throw new NotPermittedException("Only someone who may edit this article can share or withdraw its preview.");
        }
    }

}
