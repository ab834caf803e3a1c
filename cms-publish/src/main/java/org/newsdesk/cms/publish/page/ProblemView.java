package org.newsdesk.cms.publish.page;

/** What a 404 or 410 page says. */
public record ProblemView(int status, String heading, String explanation) {

    public static final ProblemView NOT_FOUND = new ProblemView(404, "Page not found",
            "There is no page at this address. It may have been mistyped, or the link that brought you here is wrong.");

    public static final ProblemView GONE = new ProblemView(410, "This story has been removed",
            "The story that was published at this address is no longer available.");
}
