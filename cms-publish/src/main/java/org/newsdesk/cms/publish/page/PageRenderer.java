package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a public template ({@code templates/public/<name>.html}) from read-only view models. */
@ApplicationScoped
public class PageRenderer {

    private ITemplateEngine engine;

    protected PageRenderer() {
        // for CDI
    }

    @Inject
    public PageRenderer(@PublicTemplates ITemplateEngine engine) {
        this.engine = engine;
    }

    /** Every page gets the site's masthead and its head; {@code model} adds the page's own view. */
    public String render(String template, RenderContext site, PageHead head, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("masthead", site.masthead());
        variables.put("head", head);
        variables.put("banner", site.banner());
        return engine.process("public/" + template, new Context(Locale.US, variables));
    }
}
