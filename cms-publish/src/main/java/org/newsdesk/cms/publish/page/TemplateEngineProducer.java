package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one template engine of the public site. Templates are classpath resources of this module
 * ({@code templates/public/*.html}), parsed once and kept: they change only with a new build.
 */
@ApplicationScoped
public class TemplateEngineProducer {

    @Produces
    @Singleton
    @PublicTemplates
    ITemplateEngine publicTemplateEngine() {
        return create();
    }

    /** Also for unit tests, which render pages without a container. */
    public static ITemplateEngine create() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(TemplateEngineProducer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
