package org.newsdesk.cms.importing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every item of one run shares: who runs it, the options, the export's categories and
 * authors as its channel lists them, and the sections and authors they became (few: kept in
 * memory for the run, each made once, in a transaction of its own).
 *
 * @param actor       the username of the editor who uploaded the file: the import acts as them
 * @param showUpdates whether WordPress's modified time becomes the "Updated" time readers see
 */
record ImportPlan(long jobId, String runToken, String actor, boolean showUpdates, String blogUrl, String siteTitle,
                  Map<String, WxrCategory> categories, Map<String, String> displayNames,
                  Map<String, Long> sectionsByNicename, Map<String, Long> authorsByLogin, Set<String> refusedCategories,
                  ImportPictures pictures) {

    static ImportPlan of(ImportJob job, String runToken, WxrSite site) {
        Map<String, WxrCategory> categories = new ConcurrentHashMap<>();
        site.categories().stream().filter(c -> c.nicename() != null).forEach(c -> categories.put(c.nicename(), c));
        Map<String, String> names = new ConcurrentHashMap<>();
        site.authors().stream().filter(a -> a.login() != null && !a.bylineName().isEmpty())
                .forEach(a -> names.put(a.login(), a.bylineName()));
        return new ImportPlan(job.getId(), runToken, job.getStartedBy(), job.isShowUpdates(), site.blogUrl(),
                site.title() == null || site.title().isBlank() ? "WordPress" : site.title().strip(), categories, names,
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(), ImportPictures.NONE);
    }

    /** The same plan, with the pictures brought in from the uploads zip. */
    ImportPlan with(ImportPictures brought) {
        return new ImportPlan(jobId, runToken, actor, showUpdates, blogUrl, siteTitle, categories, displayNames,
                sectionsByNicename, authorsByLogin, refusedCategories, brought);
    }
}
