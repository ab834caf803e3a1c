package org.newsdesk.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens this instance's search index: {@code search-index} under the data directory
 * ({@code cms.data.dir}), in the language {@code cms.search.language} (English by default). Every
 * instance needs a data directory of its own, as it has for everything else there.
 */
@ApplicationScoped
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

    @Produces
    @ApplicationScoped
    Search search(@ConfigProperty(name = "cms.data.dir") String dataDirectory,
                  @ConfigProperty(name = "cms.search.language", defaultValue = "english") String language,
                  Clock clock) {
        Path folder = Path.of(dataDirectory, "search-index").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            LuceneSearch search = new LuceneSearch(FSDirectory.open(folder), SearchLanguage.named(language), clock);
            LOG.info(() -> "Search: index in " + folder + ", " + search.size() + " article(s), language "
                    + SearchLanguage.named(language));
            return search;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    void close(@Disposes Search search) throws IOException {
        if (search instanceof LuceneSearch lucene) {
            lucene.close();
        }
    }
}
