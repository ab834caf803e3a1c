package org.newsdesk.cms.media;

import java.util.List;
import java.util.stream.Collectors;
import org.newsdesk.cms.shared.EditorialException;

/** A picture that readers see in a live story cannot be deleted: the story would lose it unannounced. */
public class ImageInUseException extends EditorialException {

    private static final long serialVersionUID = 1L;

    private final List<ImageUse> liveUses;

    public ImageInUseException(List<ImageUse> liveUses) {
        super("The picture cannot be deleted: readers see it in " + liveUses.size()
                + (liveUses.size() == 1 ? " live story" : " live stories") + " ("
                + liveUses.stream().map(use -> "\u201c" + use.headline() + "\u201d").collect(Collectors.joining(", "))
                + "). Choose another lead image for " + (liveUses.size() == 1 ? "it" : "them") + " and publish first.");
        this.liveUses = List.copyOf(liveUses);
    }

    public List<ImageUse> liveUses() {
        return liveUses;
    }
}
