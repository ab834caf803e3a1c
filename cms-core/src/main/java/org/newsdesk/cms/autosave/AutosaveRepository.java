package org.newsdesk.cms.autosave;

import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.staff.StaffMember;

public interface AutosaveRepository {

    /** The one autosave of {@code typedBy} for {@code article}, if they have unsaved text there. */
    Optional<Autosave> find(Article article, StaffMember typedBy);

    void add(Autosave autosave);

    void remove(Autosave autosave);
}
