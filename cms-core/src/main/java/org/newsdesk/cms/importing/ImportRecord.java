package org.newsdesk.cms.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsdesk.cms.shared.Sha256;

/**
 * Which story a WordPress post became, found by the post's GUID: what makes importing the same
 * export twice change nothing. {@code revisionNumber} is the story's latest revision as the import
 * left it; a later one means someone saved the story in Newsdesk, and a newer export leaves it
 * alone. (Not the modified time: the scheduler publishing an imported scheduled story changes
 * that, and nobody edited it.)
 */
@Entity
@Table(name = "import_record")
public class ImportRecord {

    @Id
    @Column(name = "guid_key")
    private String guidKey;

    @Column(nullable = false)
    private String guid;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "source_hash", nullable = false)
    private String sourceHash;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    protected ImportRecord() {
        // for JPA
    }

    ImportRecord(String guid, long postId, long articleId, String sourceHash, Instant importedAt, int revisionNumber) {
        this.revisionNumber = revisionNumber;
        this.guidKey = keyOf(guid);
        this.guid = guid.length() > 1000 ? guid.substring(0, 1000) : guid;
        this.postId = postId;
        this.articleId = articleId;
        this.sourceHash = sourceHash;
        this.importedAt = importedAt;
    }

    public static String keyOf(String guid) {
        return Sha256.hex(guid);
    }

    void reimported(String newSourceHash, Instant at, int revision) {
        this.revisionNumber = revision;
        this.sourceHash = newSourceHash;
        this.importedAt = at;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
