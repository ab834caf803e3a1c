package org.newsdesk.cms.publish.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Templates read records' components, and everything else as Thymeleaf always did. */
class RecordPropertiesTest {

    /** Not public, as many view models nested in a page's class are not. */
    private record Byline(String name) {
    }

    private record Story(String headline, List<Byline> bylines, Map<String, String> labels) {

        public String shouted() {
            return headline.toUpperCase(java.util.Locale.ROOT);
        }

        public String getKicker() {
            return "Exclusive";
        }
    }

    private final TemplateEngine engine = engine();

    @Test
    void componentsNestedRecordsAndListsAreRead() {
        Story story = new Story("Budget passes", List.of(new Byline("Ada Lovelace"), new Byline("Grace Hopper")), Map.of("desk", "Metro"));

        assertThat(render("[[${story.headline}]] by [[${story.bylines[1].name}]]", story)).isEqualTo("Budget passes by Grace Hopper");
    }

    @Test
    void gettersMapKeysAndMethodCallsStillWork() {
        Story story = new Story("Budget passes", List.of(), Map.of("desk", "Metro"));

        assertThat(render("[[${story.kicker}]] [[${story.labels.desk}]] [[${story.shouted()}]] [[${story.bylines.size()}]]", story))
                .isEqualTo("Exclusive Metro BUDGET PASSES 0");
    }

    @Test
    void whatIsNeitherAComponentNorAPropertyIsStillAnError() {
        Story story = new Story("Budget passes", List.of(), Map.of());

        assertThatThrownBy(() -> render("[[${story.dek}]]", story)).isInstanceOf(TemplateProcessingException.class);
    }

    private String render(String template, Story story) {
        Context context = new Context();
        context.setVariable("story", story);
        return engine.process(template, context);
    }

    private static TemplateEngine engine() {
        RecordProperties.install();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
