import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills a migrated Newsdesk database (H2 or PostgreSQL) with a newsroom's worth of articles for
 * the article list benchmark: staff, sections, authors, and articles in every state, each with
 * its bylines, a body of realistic size and the revisions the schema expects.
 *
 * <p>Ids come from the schema's own sequences the way EclipseLink takes them (one sequence call
 * per 50 ids, the allocation size), so the application keeps creating rows after the seeding
 * without a clash.
 *
 * <pre>java -cp DRIVER.jar bench/ArticleSeeder.java JDBC_URL USER PASSWORD [ARTICLES]</pre>
 */
public class ArticleSeeder {

    private static final int ALLOCATION_SIZE = 50;
    private static final int BATCH = 500;

    /** The newsroom's own words, mixed in among the vocabulary's common ones so stories still read like news. */
    private static final String[] NEWSROOM_WORDS = ("council budget mayor vote city hall transit tunnel harbor school board "
            + "teachers strike police report court ruling judge appeal senate house bill tax housing rent "
            + "storm flood coast weather heat record season team coach win loss final league stadium museum "
            + "opening exhibit artist festival music theater review election campaign poll debate governor "
            + "hospital health clinic nurses vaccine study science climate energy power grid solar wind "
            + "bridge road repairs traffic airport flights rail station fare workers union contract market "
            + "stocks jobs economy inflation prices food restaurant chef farm river park library fire crews "
            + "residents neighbors plan proposal approves rejects delays opens closes warns says finds").split(" ");

    /**
     * Every word a story may use, most frequent first, and the chance of drawing each (Zipf's law:
     * the word of rank r is drawn in proportion to 1/r). A few thousand words, so two ordinary words
     * are found together in a realistic share of the stories, not in nearly all of them as when every
     * story was written from the newsroom's 130 words alone; a word far down the list is rare.
     */
    private static final String[] WORDS = vocabulary();
    private static final double[] CUMULATIVE = zipf(WORDS.length);

    private static final String[] SECTIONS = {"Metro", "Politics", "Business", "Sports", "Arts", "Science",
            "Health", "Opinion", "Weather", "Education", "Climate", "Food"};

    private final Connection db;
    private final boolean postgres;
    private final SplittableRandom random = new SplittableRandom(20211215);
    private final Instant now = Instant.now();

    ArticleSeeder(Connection db) throws SQLException {
        this.db = db;
        this.postgres = db.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ArticleSeeder JDBC_URL USER PASSWORD [ARTICLES]");
            System.exit(2);
        }
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            new ArticleSeeder(db).seed(count);
            System.out.printf("Seeded %,d articles in %d s%n", count, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    void seed(int count) throws SQLException {
        List<Long> staff = staff(30);
        List<Long> sections = sections();
        List<Long> authors = authors(200);
        db.commit();

        Instant start = now.minus(Duration.ofDays(5 * 365 + 2));
        long step = Duration.ofDays(5 * 365).toMillis() / count;
        Ids articleIds = new Ids("article_seq");
        Ids revisionIds = new Ids("revision_seq");
        try (PreparedStatement article = db.prepareStatement("""
                INSERT INTO article (id, version, status, headline, dek, body, section_id, slug, created_by, created_at,
                    first_published_at, displayed_updated_at, modified_at, modified_by, scheduled_at, latest_revision_number)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)""");
             PreparedStatement byline = db.prepareStatement(
                     "INSERT INTO article_byline (article_id, byline_order, author_id) VALUES (?, ?, ?)");
             PreparedStatement revision = db.prepareStatement("""
                     INSERT INTO revision (id, article_id, revision_number, saved_by, saved_at, headline, dek, body,
                         section_id, slug, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)""");
             PreparedStatement revisionByline = db.prepareStatement(
                     "INSERT INTO revision_byline (revision_id, byline_order, author_id) VALUES (?, ?, ?)");
             // the live section on the story's row too, where the schema has it (V20): the public lists read it there
             PreparedStatement live = db.prepareStatement(hasLiveSection()
                     ? "UPDATE article SET live_revision_id = ?, live_section_id = ? WHERE id = ?"
                     : "UPDATE article SET live_revision_id = ? WHERE id = ?")) {
            for (int n = 0; n < count; n++) {
                long id = articleIds.next();
                // spread evenly over the five years up to two days ago, each at its own millisecond
                Instant created = start.plusMillis(n * step + random.nextInt(1000));
                String status = status();
                boolean everPublished = status.equals("PUBLISHED") || status.equals("UNPUBLISHED");
                boolean pending = status.equals("PUBLISHED") && random.nextInt(10) == 0;
                Instant published = everPublished ? created.plusSeconds(600 + random.nextInt(7200)) : null;
                Instant modified = (everPublished ? published : created).plusSeconds(random.nextInt(86_400));
                Instant scheduledFor = status.equals("SCHEDULED") ? now.plusSeconds(3600 + random.nextInt(14 * 86_400)) : null;
                long section = pick(sections);
                long writer = pick(staff);
                String headline = headline();
                String slug = slugOf(headline) + "-" + id;
                String dek = sentence(14) + ".";
                String body = body();
                int revisions = pending ? 2 : 1;

                article.setLong(1, id);
                article.setString(2, status);
                article.setString(3, headline);
                article.setString(4, dek);
                article.setString(5, body);
                article.setLong(6, section);
                article.setString(7, slug);
                article.setLong(8, writer);
                article.setObject(9, utc(created));
                article.setObject(10, utc(published));
                article.setObject(11, utc(modified));
                article.setLong(12, random.nextInt(3) == 0 ? pick(staff) : writer);
                article.setObject(13, utc(scheduledFor));
                article.setInt(14, revisions);
                article.addBatch();

                List<Long> bylines = bylines(authors);
                for (int b = 0; b < bylines.size(); b++) {
                    byline.setLong(1, id);
                    byline.setInt(2, b);
                    byline.setLong(3, bylines.get(b));
                    byline.addBatch();
                }
                long firstRevision = 0;
                for (int r = 1; r <= revisions; r++) {
                    long revisionId = revisionIds.next();
                    firstRevision = r == 1 ? revisionId : firstRevision;
                    revision.setLong(1, revisionId);
                    revision.setLong(2, id);
                    revision.setInt(3, r);
                    revision.setLong(4, writer);
                    revision.setObject(5, utc(r == 1 ? created : modified));
                    revision.setString(6, headline);
                    revision.setString(7, dek);
                    revision.setString(8, body);
                    revision.setLong(9, section);
                    revision.setString(10, slug);
                    revision.addBatch();
                    for (int b = 0; b < bylines.size(); b++) {
                        revisionByline.setLong(1, revisionId);
                        revisionByline.setInt(2, b);
                        revisionByline.setLong(3, bylines.get(b));
                        revisionByline.addBatch();
                    }
                }
                if (everPublished) {
                    live.setLong(1, firstRevision);
                    if (hasLiveSection()) {
                        live.setLong(2, section);
                        live.setLong(3, id);
                    } else {
                        live.setLong(2, id);
                    }
                    live.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n + 1 == count) {
                    // the order the foreign keys need: articles, then what refers to them
                    article.executeBatch();
                    byline.executeBatch();
                    revision.executeBatch();
                    revisionByline.executeBatch();
                    live.executeBatch();
                    db.commit();
                    if ((n + 1) % 10_000 == 0) {
                        System.out.printf("  %,d articles%n", n + 1);
                    }
                }
            }
        }
        // fresh statistics and (PostgreSQL) a visibility map, as autovacuum leaves a database in service
        db.setAutoCommit(true);
        try (Statement tidy = db.createStatement()) {
            tidy.execute(postgres
                    ? "VACUUM ANALYZE article, article_byline, revision, revision_byline, staff_member, staff_role, section, author"
                    : "ANALYZE");
        }
    }

    private Boolean liveSection;

    /** Whether the schema keeps the live revision's section on the article row (V20 and later). */
    private boolean hasLiveSection() throws SQLException {
        if (liveSection == null) {
            try (ResultSet columns = db.getMetaData().getColumns(null, null, postgres ? "article" : "ARTICLE",
                    postgres ? "live_section_id" : "LIVE_SECTION_ID")) {
                liveSection = columns.next();
            }
        }
        return liveSection;
    }

    /** Most of an archive is published; a desk's worth of work is in the other states. */
    private String status() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return "PUBLISHED";
        } else if (roll < 78) {
            return "UNPUBLISHED";
        } else if (roll < 90) {
            return "DRAFT";
        } else if (roll < 96) {
            return "IN_REVIEW";
        }
        return "SCHEDULED";
    }

    private List<Long> staff(int count) throws SQLException {
        Ids ids = new Ids("staff_seq");
        List<Long> created = new ArrayList<>();
        String suffix = Long.toString(now.toEpochMilli(), 36);
        try (PreparedStatement member = db.prepareStatement("""
                INSERT INTO staff_member (id, version, username, display_name, password_hash, active, created_at)
                VALUES (?, 1, ?, ?, ?, TRUE, ?)""");
             PreparedStatement role = db.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)")) {
            for (int n = 0; n < count; n++) {
                long id = ids.next();
                member.setLong(1, id);
                member.setString(2, "bench-" + suffix + "-" + n);
                member.setString(3, capitalized(NEWSROOM_WORDS[random.nextInt(NEWSROOM_WORDS.length)]) + " " + capitalized(NEWSROOM_WORDS[random.nextInt(NEWSROOM_WORDS.length)]));
                // no password hash at all: these people never sign in
                member.setString(4, "!");
                member.setObject(5, utc(now));
                member.addBatch();
                role.setLong(1, id);
                role.setString(2, n % 3 == 0 ? "EDITOR" : "WRITER");
                role.addBatch();
                created.add(id);
            }
            member.executeBatch();
            role.executeBatch();
        }
        return created;
    }

    private List<Long> sections() throws SQLException {
        Ids ids = new Ids("section_seq");
        List<Long> created = new ArrayList<>();
        String suffix = Long.toString(now.toEpochMilli(), 36);
        try (PreparedStatement section = db.prepareStatement(
                "INSERT INTO section (id, version, name, slug, parent_id, sort_order) VALUES (?, 1, ?, ?, NULL, ?)")) {
            for (int n = 0; n < SECTIONS.length; n++) {
                long id = ids.next();
                section.setLong(1, id);
                section.setString(2, SECTIONS[n]);
                section.setString(3, SECTIONS[n].toLowerCase(Locale.ROOT) + "-" + suffix);
                section.setInt(4, n);
                section.addBatch();
                created.add(id);
            }
            section.executeBatch();
        }
        return created;
    }

    private List<Long> authors(int count) throws SQLException {
        Ids ids = new Ids("author_seq");
        List<Long> created = new ArrayList<>();
        String suffix = Long.toString(now.toEpochMilli(), 36);
        try (PreparedStatement author = db.prepareStatement(
                "INSERT INTO author (id, version, name, slug, bio) VALUES (?, 1, ?, ?, NULL)")) {
            for (int n = 0; n < count; n++) {
                long id = ids.next();
                author.setLong(1, id);
                author.setString(2, capitalized(NEWSROOM_WORDS[random.nextInt(NEWSROOM_WORDS.length)]) + " " + capitalized(NEWSROOM_WORDS[random.nextInt(NEWSROOM_WORDS.length)]) + " " + n);
                author.setString(3, "author-" + suffix + "-" + n);
                author.addBatch();
                created.add(id);
            }
            author.executeBatch();
        }
        return created;
    }

    private List<Long> bylines(List<Long> authors) {
        List<Long> chosen = new ArrayList<>();
        int count = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
        while (chosen.size() < count) {
            long author = pick(authors);
            if (!chosen.contains(author)) {
                chosen.add(author);
            }
        }
        return chosen;
    }

    private String headline() {
        return capitalized(sentence(6 + random.nextInt(6)));
    }

    /** About 5,000 characters of paragraphs: a 800-word story. */
    private String body() {
        StringBuilder body = new StringBuilder(5200);
        while (body.length() < 5000) {
            body.append("<p>");
            for (int s = 0; s < 3; s++) {
                body.append(capitalized(sentence(12 + random.nextInt(12)))).append(". ");
            }
            body.append("</p>");
        }
        return body.toString();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(w == 0 ? "" : " ").append(word());
        }
        return sentence.toString();
    }

    /** A word drawn by its rank's Zipf weight. */
    private String word() {
        int at = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return WORDS[Math.min(WORDS.length - 1, at < 0 ? -at - 1 : at)];
    }

    /**
     * bench/vocabulary.txt (real English words, most frequent first), with the newsroom's words
     * placed every 20 ranks from rank 200 on: each in about a third of the stories down to a few in
     * a hundred, common but in none nearly every story.
     */
    private static String[] vocabulary() {
        Path file = Path.of(System.getProperty("seeder.vocabulary", "bench/vocabulary.txt"));
        try {
            List<String> common = new ArrayList<>(Files.readAllLines(file).stream()
                    .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#")).toList());
            common.removeAll(List.of(NEWSROOM_WORDS));
            for (int i = 0; i < NEWSROOM_WORDS.length; i++) {
                common.add(Math.min(common.size(), 200 + 20 * i), NEWSROOM_WORDS[i]);
            }
            return common.stream().distinct().toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("The seeder's vocabulary " + file.toAbsolutePath() + " cannot be read"
                    + " (run it from the repository's root, or set -Dseeder.vocabulary)", e);
        }
    }

    private static double[] zipf(int words) {
        double[] cumulative = new double[words];
        double sum = 0;
        for (int rank = 1; rank <= words; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < words; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slugOf(String headline) {
        String slug = headline.toLowerCase(Locale.ROOT).replace(' ', '-');
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Ids as EclipseLink allocates them: a sequence call returns the last of the next 50. */
    private final class Ids {
        private final String sequence;
        private long next;
        private long last = -1;

        Ids(String sequence) {
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (next > last) {
                String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
                try (Statement call = db.createStatement(); ResultSet value = call.executeQuery(sql)) {
                    value.next();
                    last = value.getLong(1);
                    next = last - ALLOCATION_SIZE + 1;
                }
            }
            return next++;
        }
    }
}
