package org.newsdesk.cms.web.article;

import java.util.EnumSet;
import java.util.Set;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;

/**
 * Which buttons the editor shows one person for one article: only what their role and the
 * article's state allow. Hiding is a courtesy; the services refuse the rest anyway.
 */
public final class EditorChoices {

    private final boolean editable;
    private final Set<EditorAction> actions;

    private EditorChoices(boolean editable, Set<EditorAction> actions) {
        this.editable = editable;
        this.actions = actions;
    }

    /** A new article: anyone who may write saves a first draft. */
    static EditorChoices forNewArticle() {
        return new EditorChoices(true, EnumSet.of(EditorAction.SAVE));
    }

    static EditorChoices of(StaffMember member, Article article) {
        boolean editor = member.can(Role.EDITOR);
        boolean mayEdit = EditorialPolicy.mayEdit(member, article);
        ArticleStatus status = article.getStatus();
        Set<EditorAction> actions = EnumSet.noneOf(EditorAction.class);
        if (mayEdit) {
            actions.add(EditorAction.SAVE);
        }
        if (status == ArticleStatus.DRAFT && (editor || mayEdit)) {
            actions.add(EditorAction.SUBMIT);
        }
        if (editor) {
            if (status == ArticleStatus.PUBLISHED) {
                actions.add(EditorAction.PUBLISH_UPDATE);
                actions.add(EditorAction.UNPUBLISH);
            } else {
                actions.add(EditorAction.PUBLISH);
            }
            if (status.canMoveTo(ArticleStatus.SCHEDULED)) {
                actions.add(EditorAction.SCHEDULE);
            }
            if (status == ArticleStatus.IN_REVIEW || status == ArticleStatus.SCHEDULED) {
                actions.add(EditorAction.RETURN_TO_DRAFT);
            }
        }
        return new EditorChoices(mayEdit, actions);
    }

    /** Whether the fields can be changed; otherwise they are shown read-only. */
    public boolean isEditable() {
        return editable;
    }

    /** For the view: {@code choices.offers('publish')}. */
    public boolean offers(String formValue) {
        return EditorAction.fromForm(formValue).filter(actions::contains).isPresent();
    }
}
