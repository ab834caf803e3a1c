package org.newsdesk.cms.importing;

/**
 * A runner's claim on a job is over: the job was given up as silent and claimed again, or ended.
 * What the stale runner was doing is rolled back and it stops, leaving the job to the live run.
 */
class ImportRunOverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportRunOverException(Long jobId) {
        super("This run of WordPress import " + jobId + " is no longer the job's live run");
    }
}
