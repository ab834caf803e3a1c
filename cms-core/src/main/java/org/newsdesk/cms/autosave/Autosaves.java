package org.newsdesk.cms.autosave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Keeping, offering back and discarding what someone typed into a story's editor and has not
 * saved. Whoever may edit a story may keep unsaved text for it; nobody sees anyone else's.
 * Nothing here changes the story: not its draft, version, history, or what readers see.
 */
@ApplicationScoped
@Transactional
public class Autosaves {

    @Inject
    AutosaveRepository autosaves;

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    /**
     * Keeps {@code typed} as {@code actor}'s unsaved text for the story, in place of any kept
     * before. The text is cleaned and measured as a save would (the body sanitized), but need not
     * be complete.
     *
     * @param baseVersion the version the editor's form was loaded with
     * @throws InvalidInputException when a field is longer than a save accepts; nothing is kept
     * @throws org.newsdesk.cms.shared.NotPermittedException when {@code actor} may not edit the story
     */
    public Autosave keep(String actor, long articleId, long baseVersion, ArticleDraft typed) {
        StaffMember member = staff.getActive(actor);
        // cleaned and measured before the lock below: sanitizing a long body takes a while, and
        // saves and publishes of the story must not wait behind it
        List<FieldProblem> problems = new ArrayList<>(typed.lengthProblems());
        String body = typed.storedBody(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // The story's row is locked, as for a save, so that two autosaves of one person (two tabs)
        // take turns: the second finds the first's row and replaces it, and no autosave is written
        // twice for one person and story. The story itself is not changed.
        Article article = articles.getForChange(articleId);
        EditorialPolicy.requireMayEdit(member, article);
        UnsavedText text = new UnsavedText(typed.headline(), typed.dek(), body, typed.sectionId(),
                typed.bylineAuthorIds(), typed.slug(), typed.note());
        Optional<Autosave> kept = autosaves.find(article, member);
        Autosave autosave = kept.orElseGet(() -> new Autosave(article, member));
        autosave.replace(text, baseVersion, clock.instant());
        if (kept.isEmpty()) {
            autosaves.add(autosave);
        }
        return autosave;
    }

    /**
     * {@code actor}'s unsaved text for the story, when it would change the working draft: what the
     * editor offers back. Someone who may no longer edit the story is offered nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Autosave> offer(String actor, long articleId) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.get(articleId);
        if (!EditorialPolicy.mayEdit(member, article)) {
            return Optional.empty();
        }
        return autosaves.find(article, member).filter(autosave -> autosave.differsFrom(article));
    }

    /**
     * Forgets {@code actor}'s unsaved text for the story: they chose to, or saved the story
     * (a real save, a publish), which makes the text in their form the story's draft.
     */
    public void discard(String actor, long articleId) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.get(articleId);
        autosaves.find(article, member).ifPresent(autosaves::remove);
    }
}
