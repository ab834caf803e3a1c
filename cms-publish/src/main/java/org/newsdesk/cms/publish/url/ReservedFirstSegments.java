package org.newsdesk.cms.publish.url;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsdesk.cms.section.ReservedSlugs;

/** The section rules' view of {@link PathOwner}: a top-level section may not take a first segment listed there. */
@ApplicationScoped
public class ReservedFirstSegments implements ReservedSlugs {

    @Override
    public boolean isReserved(String slug) {
        return PathOwner.isTaken(slug);
    }
}
