package org.newsdesk.cms.importing;

/** What a batch (or a single item) came to, added to its job's counts. */
record ImportTally(int done, int imported, int updated, int unchanged, int skipped, int failed) {

    static final ImportTally NONE = new ImportTally(0, 0, 0, 0, 0, 0);

    ImportTally plus(ImportTally other) {
        return new ImportTally(done + other.done, imported + other.imported, updated + other.updated,
                unchanged + other.unchanged, skipped + other.skipped, failed + other.failed);
    }

    static ImportTally of(ImportNote.Outcome outcome) {
        return switch (outcome) {
            case IMPORTED -> new ImportTally(1, 1, 0, 0, 0, 0);
            case UPDATED -> new ImportTally(1, 0, 1, 0, 0, 0);
            case UNCHANGED -> new ImportTally(1, 0, 0, 1, 0, 0);
            case SKIPPED -> new ImportTally(1, 0, 0, 0, 1, 0);
            case FAILED -> new ImportTally(1, 0, 0, 0, 0, 1);
        };
    }
}
