package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.ADMIN_PASSWORD;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.staff.AuthenticatorCodes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through Newsdesk in a real headless Chromium, against the real cms.war: the
 * administrator sets up a section, an author and an editor's account; the editor writes, publishes
 * and updates a story in the admin UI, and reads it on the public site. Every admin screen on the
 * way is checked with axe. Screenshots of the editor and of the public page are left under
 * {@code target/screenshots}.
 */
class EditorBrowserIT extends ClientTest {


    private Chromium chromium;
    private WebDriver browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = new Chromium();
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void anEditorWritesPublishesAndUpdatesAStoryAndReadersSeeEachVersion() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String editor = "editor-" + unique;

        // the administrator sets up the desk
        signIn(ADMIN, ADMIN_PASSWORD);
        open("/admin/sections/new");
        type("name", "Politics " + unique);
        type("slug", "politics-" + unique);
        submit();
        open("/admin/authors/new");
        type("name", "Ada Reporter " + unique);
        type("slug", "ada-" + unique);
        type("bio", "Covers the statehouse.");
        submit();
        open("/admin/staff/new");
        type("username", editor);
        type("displayName", "Eddie Editor");
        type("password", STAFF_PASSWORD);
        browser.findElement(By.cssSelector("input[name=role][value=EDITOR]")).click();
        submit();
        signOut();

        // the editor writes the story
        signIn(editor, STAFF_PASSWORD);
        checkAccessibility();
        follow(By.linkText("New article"));
        type("headline", "Council approves the budget " + unique);
        type("dek", "After a late-night session, the vote was 7 to 2.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("Politics " + unique);
        new Select(browser.findElement(By.id("bylines"))).selectByVisibleText("Ada Reporter " + unique);
        WebElement body = browser.findElement(By.cssSelector(".ql-editor"));
        body.click();
        body.sendKeys("The council met until midnight.", Keys.ENTER, "The budget now goes to the mayor.");
        checkAccessibility();
        press("Save draft");
        assertThat(flash()).isEqualTo("Draft saved as revision 1.");
        chromium.screenshot("editor");
        checkAccessibility();

        press("Publish");
        assertThat(flash()).isEqualTo("Published: readers now see this version.");
        String published = browser.findElement(By.cssSelector(".times li")).getText();
        assertThat(published).matches("First published \\w+ \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}(am|pm)");

        // the reader's view
        follow(By.linkText("View on site"));
        String publicUrl = browser.getCurrentUrl();
        assertThat(publicUrl).contains("/politics-" + unique + "/").endsWith("/council-approves-the-budget-" + unique);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Council approves the budget " + unique);
        List<WebElement> times = browser.findElements(By.cssSelector("main time"));
        assertThat(times.get(0).getText()).isEqualTo(published.substring("First published ".length()));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("The council met until midnight.", "The budget now goes to the mayor.")
                .doesNotContain("Updated:");
        chromium.screenshot("public-article");

        // an update marked as updated
        browser.navigate().back();
        WebElement dek = browser.findElement(By.id("dek"));
        dek.clear();
        dek.sendKeys("The vote was 7 to 2; the mayor says she will sign it.");
        browser.findElement(By.id("showAsUpdated")).click();
        type("updateNote", "Adds the mayor's response.");
        press("Publish update");
        assertThat(flash()).startsWith("Changes saved as revision 2. Update published: readers see it marked \u201cUpdated: ");
        checkAccessibility();

        browser.get(publicUrl);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Updated:", "the mayor says she will sign it", "Adds the mayor's response.");
        chromium.screenshot("public-article-updated");

        // the rest of the admin screens an editor uses
        for (String screen : List.of("/admin/", "/admin/articles", "/admin/sections", "/admin/authors")) {
            open(screen);
            checkAccessibility();
        }
        follow(By.linkText("Articles"));
        follow(By.partialLinkText("Council approves the budget " + unique));
        follow(By.linkText("Revisions"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Live");
        checkAccessibility();

        assertThat(violations).as("axe: WCAG 2.1 A/AA on the admin screens").isEmpty();
    }

    /**
     * Curated fronts: the day's main story, published before a newer brief, is placed among the
     * top stories on the curation screen, moved up to the lead with the button (no drag and drop
     * needed), and the front published; readers see it lead the section front at once.
     */
    @Test
    void anEditorMovesTheMainStoryToTheLeadAndReadersSeeItLead() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        long metro = desk.section("Metro " + unique, "metro-" + unique);
        long ada = desk.author("Ada Reporter " + unique, "ada-" + unique, "Covers City Hall.");
        long main = desk.draft("Council passes the budget " + unique, metro, ada);
        desk.leadPicture(main, "Council members vote by a show of hands " + unique);
        desk.act(main, "publish", Map.of());
        long brief = desk.draft("Parade closes Main Street " + unique, metro, ada);
        desk.act(brief, "publish", Map.of());
        String front = base() + "/metro-" + unique + "/";
        browser.get(front);
        assertThat(browser.findElement(By.cssSelector("#lead-heading")).getText()).as("the newest leads")
                .isEqualTo("Parade closes Main Street " + unique);

        signIn(ADMIN, ADMIN_PASSWORD);
        follow(By.linkText("Fronts"));
        checkAccessibility();
        follow(By.linkText("Metro " + unique));
        checkAccessibility();
        type("q", "Council passes the budget " + unique);
        press("Find stories");
        new Select(browser.findElement(By.cssSelector(".results select[name=position]"))).selectByVisibleText("Top story 1");
        press("Place");
        assertThat(flash()).startsWith("Placed the story among the top stories.");
        press("Move up");
        assertThat(flash()).startsWith("Moved the story up.");
        assertThat(browser.findElement(By.cssSelector("#slot-0")).getText()).contains("Lead", "Council passes the budget " + unique);
        assertThat(browser.findElement(By.cssSelector(".preview-lead")).getText()).contains("Council passes the budget " + unique);
        checkAccessibility();
        press("Publish the front");
        assertThat(flash()).startsWith("Published: readers see this arrangement now");
        checkAccessibility();

        browser.get(front);
        assertThat(browser.findElement(By.cssSelector("#lead-heading")).getText()).as("the editor's lead, at once")
                .isEqualTo("Council passes the budget " + unique);
        assertThat(browser.findElement(By.cssSelector(".top-stories")).getText()).contains("Parade closes Main Street " + unique);
        WebElement picture = browser.findElement(By.cssSelector(".lead-story .lead-image img"));
        assertThat(picture.getAttribute("alt")).as("the lead shows its picture").isEqualTo("Council members vote by a show of hands " + unique);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete", picture)));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", picture)).intValue())
                .as("the lead picture's rendition is served and shown").isPositive();
        checkAccessibility();
        String path = "/metro-" + unique + "/";
        assertThat(HtmlChecker.errorsIn(new Browser(base()).get(path).body(), front)).as("the front with its lead picture: valid HTML").isEmpty();
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the curation screen and the front").isEmpty();
    }

    /**
     * Drag and drop (fronts-drag.js) over the same Move up forms: a story dragged from the second
     * top story's place onto the lead's becomes the lead. Chromium's drag is driven by the events
     * the script listens to; WebDriver's own drag does not start an HTML drag in Chromium.
     */
    @Test
    void anEditorDragsAStoryOntoTheLeadPlace() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        long docks = desk.section("Docks " + unique, "docks-" + unique);
        long ada = desk.author("Ada Reporter " + unique, "ada-" + unique, "");
        for (String headline : List.of("Crane collapses", "Shift change")) {
            desk.act(desk.draft(headline + " " + unique, docks, ada), "publish", Map.of());
        }
        signIn(ADMIN, ADMIN_PASSWORD);
        follow(By.linkText("Fronts"));
        follow(By.linkText("Docks " + unique));
        for (String[] placing : List.of(new String[] {"Shift change", "Lead"}, new String[] {"Crane collapses", "Top story 2"})) {
            type("q", placing[0] + " " + unique);
            press("Find stories");
            new Select(browser.findElement(By.cssSelector(".results select[name=position]"))).selectByVisibleText(placing[1]);
            press("Place");
        }
        assertThat(browser.findElement(By.cssSelector("#slot-2")).getText()).contains("Crane collapses " + unique);
        assertThat(browser.findElement(By.id("drag-hint")).getText()).contains("drag a story");

        ((JavascriptExecutor) browser).executeScript("""
                var from = document.querySelector('#slot-2'), to = document.querySelector('#slot-0');
                var carried = new DataTransfer();
                from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: carried}));
                to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: carried}));
                to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: carried}));
                from.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: carried}));""");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                return d.findElement(By.cssSelector("#slot-0")).getText().contains("Crane collapses " + unique);
            } catch (StaleElementReferenceException reloading) {
                return false;
            }
        });
        assertThat(browser.findElement(By.cssSelector("#slot-1")).getText()).as("the lead it replaced, one place down")
                .contains("Shift change " + unique);
        assertThat(flash()).startsWith("Moved the story up.");
    }

    /**
     * Pictures (issue 13) as an editor meets them: a JPEG chosen in the media library's file field
     * with its alt text, caption and credit, made the story's lead image in the article editor,
     * published; readers get it between the dek and the byline with that alt text, a srcset of the
     * renditions and explicit dimensions, and the media screens pass axe.
     */
    @Test
    void anEditorUploadsAPhotoMakesItTheLeadImageAndReadersSeeIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        long harbour = desk.section("Harbour " + unique, "harbour-" + unique);
        long ada = desk.author("Ada Reporter " + unique, "ada-" + unique, "");
        long story = desk.draft("Tall ship docks " + unique, harbour, ada);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("tall-ship-", ".jpg");
        java.nio.file.Files.write(photo, Pictures.jpeg(2400, 1600, 5));
        String alt = "The tall ship Aurora at the north pier " + unique;

        signIn(ADMIN, ADMIN_PASSWORD);
        follow(By.linkText("Media"));
        checkAccessibility();
        follow(By.linkText("Upload pictures"));
        checkAccessibility();
        browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        type("alt", alt);
        type("caption", "Crowds met the ship at dawn.");
        type("credit", "Photo: Bo Lensman");
        press("Upload");
        assertThat(flash()).isEqualTo("Uploaded the picture. Its sizes for readers are being made.");
        String picturePage = browser.getCurrentUrl();
        long pictureId = Long.parseLong(picturePage.substring(picturePage.lastIndexOf('/') + 1));
        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("dl.facts dd")).getText().equals("Ready to use");
        });
        assertThat(browser.findElement(By.id("caption")).getAttribute("value")).isEqualTo("Crowds met the ship at dawn.");
        // the focal point by a click on the ship, up and right of the middle (the fields stay for keyboards)
        WebElement shown = browser.findElement(By.cssSelector("img[data-focal-picture]"));
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(shown, shown.getSize().getWidth() / 4, -shown.getSize().getHeight() / 4).click().perform();
        assertThat(Integer.parseInt(browser.findElement(By.id("focalX")).getAttribute("value"))).isBetween(72, 78);
        assertThat(Integer.parseInt(browser.findElement(By.id("focalY")).getAttribute("value"))).isBetween(22, 28);
        checkAccessibility();
        press("Save details");
        assertThat(flash()).startsWith("Saved the picture\u2019s details.");
        assertThat(Integer.parseInt(browser.findElement(By.id("focalX")).getAttribute("value"))).as("saved").isBetween(72, 78);
        java.nio.file.Files.deleteIfExists(photo);

        open("/admin/articles/" + story);
        new Select(browser.findElement(By.id("leadImage"))).selectByValue(String.valueOf(pictureId));
        press("Use this lead image");
        assertThat(flash()).isEqualTo("Lead image chosen. Readers see it once you publish.");
        assertThat(browser.findElement(By.cssSelector(".lead-image-current img")).getAttribute("alt")).isEqualTo(alt);
        checkAccessibility();
        // the same picture in the body, through the formatting toolbar's Picture button, at the end
        browser.findElement(By.cssSelector(".ql-toolbar button.ql-picture")).click();
        WebElement insert = browser.findElement(By.cssSelector("#body-picture-" + pictureId + " button.insert-picture"));
        assertThat(browser.switchTo().activeElement()).as("the Picture button leads to the pictures").isEqualTo(
                browser.findElement(By.cssSelector("#body-pictures button.insert-picture")));
        checkAccessibility();
        insert.click();
        WebElement inEditor = browser.findElement(By.cssSelector(".ql-editor figure img"));
        assertThat(inEditor.getAttribute("alt")).isEqualTo(alt);
        assertThat(browser.findElement(By.cssSelector(".ql-editor figure figcaption")).getText())
                .contains("Crowds met the ship at dawn.", "Photo: Bo Lensman");
        press("Publish");
        assertThat(flash()).as("the body with its picture is saved, then published")
                .isEqualTo("Changes saved as revision 3. Published: readers now see this version.");
        assertThat(browser.findElements(By.id("body-plain-html"))).as("the toolbar keeps a body with a library picture").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ql-editor figure img"))).hasSize(1);

        follow(By.linkText("View on site"));
        WebElement lead = browser.findElement(By.cssSelector("header figure.lead-image img"));
        assertThat(lead.getAttribute("alt")).isEqualTo(alt);
        assertThat(lead.getAttribute("srcset")).contains(" 320w", " 640w", " 1280w", " 1920w");
        assertThat(lead.getAttribute("width")).isNotBlank();
        assertThat(lead.getAttribute("height")).isNotBlank();
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", lead)).intValue())
                .as("the browser loaded a rendition under the page's Content-Security-Policy").isPositive();
        assertThat(browser.findElement(By.cssSelector("header figure.lead-image figcaption")).getText())
                .contains("Crowds met the ship at dawn.", "Photo: Bo Lensman");
        WebElement inBody = browser.findElement(By.cssSelector(".story-body figure img"));
        assertThat(inBody.getAttribute("alt")).isEqualTo(alt);
        assertThat(inBody.getDomAttribute("loading")).isEqualTo("lazy");
        assertThat(inBody.getDomAttribute("srcset")).contains(" 320w", " 1280w");
        assertThat(inBody.getDomAttribute("width")).isNotBlank();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", inBody);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", inBody)).intValue() > 0);
        chromium.screenshot("public-article-lead-image");
        checkAccessibility();
        String articleUrl = browser.getCurrentUrl();
        List<String> articleInvalid = HtmlChecker.errorsIn(new Browser(base()).get(articleUrl.substring(base().length())).body(), articleUrl);
        assertThat(articleInvalid).as("Nu Html Checker on the article with pictures in its header and body").isEmpty();

        // lists show it small beside the headline: the author's page, the home page's section block,
        // and the section front's stream once newer stories have taken the lead and the top places
        for (int brief = 1; brief <= 5; brief++) {
            desk.act(desk.draft("Harbour brief " + brief + " " + unique, harbour, ada), "publish", Map.of());
        }
        Browser reader = new Browser(base());
        List<String> invalid = new ArrayList<>();
        for (String list : List.of("/authors/ada-" + unique + "/", "/", "/harbour-" + unique + "/")) {
            open(list);
            WebElement listed = browser.findElements(By.cssSelector("ul.teasers li")).stream()
                    .filter(li -> li.findElement(By.tagName("h3")).getText().equals("Tall ship docks " + unique))
                    .findFirst().orElseThrow(() -> new AssertionError("the story is not listed on " + list));
            WebElement thumbnail = listed.findElement(By.cssSelector("img.thumbnail"));
            assertThat(thumbnail.getDomAttribute("alt")).as("the headline beside it names the story").isEmpty();
            assertThat(thumbnail.getDomAttribute("loading")).isEqualTo("lazy");
            assertThat(thumbnail.getDomAttribute("src")).contains("/media/" + pictureId + "-w320-");
            assertThat(thumbnail.getDomAttribute("width")).as("the rendition's size, so the list does not move").isEqualTo("320");
            assertThat(Integer.parseInt(thumbnail.getDomAttribute("height"))).as("2400 x 1600 at 320 wide").isBetween(213, 214);
            assertThat(thumbnail.getSize().getWidth()).as("shown small beside the headline").isLessThanOrEqualTo(160);
            checkAccessibility();
            invalid.addAll(HtmlChecker.errorsIn(reader.get(list).body(), base() + list));
        }
        assertThat(browser.findElements(By.cssSelector(".lead-story img.thumbnail"))).as("the lead is drawn as fronts draw it").isEmpty();
        assertThat(invalid).as("Nu Html Checker on the lists with thumbnails").isEmpty();
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the media screens and the pages with pictures").isEmpty();
    }

    @Test
    void theSignInFormAndTheStaffScreensPassAxe() {
        open("/admin/login");
        checkAccessibility();
        signIn(ADMIN, ADMIN_PASSWORD);
        for (String screen : List.of("/admin/staff", "/admin/staff/new", "/admin/sections/new", "/admin/authors/new")) {
            open(screen);
            checkAccessibility();
        }
        // a form with errors: the summary and the messages at the fields
        open("/admin/articles/new");
        press("Save draft");
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Enter a headline.");
        checkAccessibility();
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the admin screens").isEmpty();
    }

    /**
     * The audit log, with the lines this test's sign-ins left and with a filter's problem shown at
     * its field: axe in Chromium, and the Nu Html Checker on the same pages.
     */
    @Test
    void theAuditLogPassesAxeAndIsValidHtml() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD);
        Browser admin = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD).browser();
        List<String> invalid = new ArrayList<>();
        for (String screen : List.of("/admin/audit", "/admin/audit?person=~schedule&kind=STORY", "/admin/audit?from=yesterday")) {
            open(screen);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
            checkAccessibility();
            invalid.addAll(HtmlChecker.errorsIn(admin.get(screen).body(), base() + screen));
        }
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("is not one");
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the audit log").isEmpty();
        assertThat(invalid).as("Nu Html Checker on the audit log").isEmpty();
    }

    /**
     * Two-factor sign-in as a person meets it, every screen checked with axe: their account page,
     * setting up an app (the QR code must show under our CSP), a wrong code, the recovery codes,
     * and the second sign-in step with its error.
     */
    @Test
    void aStaffMemberSetsUpTwoFactorAndSignsInWithACode() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String writer = "writer-" + unique;
        signIn(ADMIN, ADMIN_PASSWORD);
        open("/admin/staff/new");
        type("username", writer);
        type("displayName", "Wanda Writer");
        type("password", STAFF_PASSWORD);
        browser.findElement(By.cssSelector("input[name=role][value=WRITER]")).click();
        submit();
        open("/admin/staff");
        checkAccessibility(); // with the admins' two-factor rule
        signOut();

        signIn(writer, STAFF_PASSWORD);
        follow(By.linkText("Your account"));
        checkAccessibility();
        press("Set up two-factor sign-in");
        WebElement qr = browser.findElement(By.cssSelector("img.qr"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", qr)).intValue())
                .as("the QR code loads under the Content-Security-Policy").isPositive();
        chromium.screenshot("two-factor-set-up");
        checkAccessibility();
        type("code", "12345");
        type("password", STAFF_PASSWORD);
        press("Turn on two-factor sign-in");
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("That code is not right.");
        checkAccessibility();
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        type("code", AuthenticatorCodes.codeAt(secret, AuthenticatorCodes.stepAt(java.time.Instant.now())));
        type("password", STAFF_PASSWORD);
        press("Turn on two-factor sign-in");
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        String recovery = browser.findElement(By.cssSelector("#recovery-codes li")).getText();
        checkAccessibility();
        signOut();

        open("/admin/login");
        type("username", writer);
        type("password", STAFF_PASSWORD);
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your sign-in code");
        checkAccessibility();
        type("code", "000000".equals(recovery) ? "111111" : "000000");
        submit();
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("That code is not right.");
        checkAccessibility();
        type("code", recovery);
        submit();
        assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Wanda Writer");
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the two-factor screens").isEmpty();
    }

    /**
     * Markup the sanitizer allows but the formatting toolbar cannot make (a quote's source, a line
     * break; beside a figure with its caption and credit, which it can) survives a save from the browser that
     * changed another field, byte for byte; so does a body the toolbar could edit but nobody did.
     */
    @Test
    void aSaveFromTheBrowserKeepsEveryAllowedTagOfAnUntouchedBody() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        long section = desk.section("Culture " + unique, "culture-" + unique);
        long author = desk.author("Cy Critic " + unique, "cy-" + unique, "");
        String figures = "<figure><img src=\"https://images.example.com/stage.jpg\" alt=\"The stage\" width=\"640\" height=\"360\">"
                + "<figcaption>Opening night. <small>Photo: Ana Lens</small></figcaption></figure>\n"
                + "<p>\u201cA triumph,\u201d wrote <cite>The Ledger</cite>.<br>Tickets sold out.</p>\n"
                + "<blockquote cite=\"https://ledger.example.com/review\"><p>Bold and brief.</p></blockquote>";
        String plain = "<h2>The run</h2>\n<p>Six weeks, <strong>no</strong> matinees, <a href=\"https://theatre.example.com/\">tickets</a>.</p>"
                + "<ul><li>Tuesdays</li><li>Fridays</li></ul>";
        signIn(ADMIN, ADMIN_PASSWORD);
        for (String body : List.of(figures, plain)) {
            long story = desk.draft("Opening night " + unique, section, author);
            desk.act(story, "save", Map.of("body", body));
            String stored = bodyOf(desk, story);

            open("/admin/articles/" + story);
            boolean keptAsHtml = browser.findElements(By.id("body-plain-html")).size() == 1;
            assertThat(keptAsHtml).as("the toolbar steps aside only where it would lose markup").isEqualTo(body.equals(figures));
            if (keptAsHtml) {
                // a figure with its caption and credit is the toolbar's own picture now (issue 13); the rest it cannot keep
                assertThat(browser.findElement(By.id("body-plain-html")).getText()).contains("<cite>", "<br>")
                        .doesNotContain("<figure>", "<small>");
                checkAccessibility();
            }
            type("dek", "Another field changed: the body untouched.");
            press("Save draft");
            assertThat(flash()).isEqualTo("Draft saved as revision 3.");
            assertThat(bodyOf(desk, story)).as("the body after a browser save").isEqualTo(stored);
        }
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the editor with an HTML body").isEmpty();
    }

    /**
     * A shared desk: one editor's session ends with her story open, and someone else signs in in
     * the same browser. Her tab never sends her text (or a button) with his session: it says so and
     * keeps the text in this browser (found in review: it took the next session's token).
     */
    @Test
    void aTabWhoseSessionEndedNeverWritesWithSomeoneElsesSession() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk admin = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        String first = "fay-" + unique;
        String second = "sam-" + unique;
        admin.staffMember(first, "Fay First", "EDITOR");
        admin.staffMember(second, "Sam Second", "EDITOR");
        long section = admin.section("Harbour " + unique, "harbour-" + unique);
        long author = admin.author("Hal Reporter " + unique, "hal-" + unique, "");
        String editor = "/admin/articles/" + admin.draft("Harbour plan " + unique, section, author);

        signIn(first, STAFF_PASSWORD);
        open(editor);
        browser.findElement(By.id("headline")).sendKeys(" revised");
        waitForStatus("Unsaved changes kept at", "");
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("dek")).sendKeys(" Typed by Fay after her session ended.");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("autosave-alert")).getText().contains("You are signed out"));

        String hers = browser.getWindowHandle();
        ((JavascriptExecutor) browser).executeScript("window.open(arguments[0], '_blank');", base() + "/admin/login");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(hers)).findFirst().orElseThrow());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty());
        type("username", second);
        type("password", STAFF_PASSWORD);
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".signed-in")).size() == 1);
        browser.close();
        browser.switchTo().window(hers);

        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(d -> d.findElement(By.id("autosave-alert")).getText().contains("Someone else is signed in"));
        checkAccessibility();
        Browser his = EditorsDesk.signIn(base(), second, STAFF_PASSWORD).browser();
        assertThat(his.get(editor).body()).as("nothing of Fay's reached the server as Sam's")
                .doesNotContain("Typed by Fay").doesNotContain("id=\"unsaved-offer\"");
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the shared-desk warning").isEmpty();
    }

    /**
     * Nothing typed is lost when the session ends: the editor keeps the text on the server as it
     * is typed, says plainly when the session has ended, signs in again in a new tab and carries
     * on; a reopened story offers the unsaved text back (the server's copy, then this browser's,
     * for a Save pressed while signed out), and the history shows only real saves.
     */
    @Test
    void textTypedWhileTheSessionEndsIsKeptAndOfferedBackAfterSigningInAgain() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        EditorsDesk desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        long section = desk.section("Metro " + unique, "metro-" + unique);
        long author = desk.author("Ada Reporter " + unique, "ada-" + unique, "");
        long story = desk.draft("Council meets " + unique, section, author);
        String editor = "/admin/articles/" + story;
        signIn(ADMIN, ADMIN_PASSWORD);
        open(editor);

        // typing: kept on the server a few seconds later
        browser.findElement(By.id("headline")).sendKeys(" tonight");
        WebElement body = browser.findElement(By.cssSelector(".ql-editor"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "The vote is expected after midnight.");
        String kept = waitForStatus("Unsaved changes kept at", "");
        checkAccessibility();

        // the session ends (as after an hour away); the next change cannot be kept on the server
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("dek")).sendKeys(" Typed after the session ended.");
        WebElement signedOut = new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "the editor says: " + browser.findElement(By.id("autosave-status")).getText() + " / "
                        + browser.findElement(By.id("autosave-alert")).getText() + "; an autosave now answers "
                        + ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var form = document.querySelector('form[data-story]');"
                        + "fetch(form.dataset.autosave, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + r.url + ' ' + t.substring(0, 300)); }); })"
                        + ".catch(function (e) { done('failed: ' + e); });"))
                .until(d -> d.findElement(By.id("autosave-alert")).getText().contains("You are signed out") ? d.findElement(By.id("autosave-alert")) : null);
        assertThat(signedOut.getAttribute("role")).isEqualTo("alert");
        assertThat(signedOut.getText()).contains("Your text is kept in this browser.", "Sign in again (opens in a new tab)");
        checkAccessibility();

        // signing in again in a new tab; back here, autosave carries on by itself
        String thisTab = browser.getWindowHandle();
        browser.findElement(By.id("autosave-sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(thisTab)).findFirst().orElseThrow());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty());
        type("username", ADMIN);
        type("password", ADMIN_PASSWORD);
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".signed-in")).size() == 1);
        browser.close();
        browser.switchTo().window(thisTab);
        waitForStatus("Unsaved changes kept at", kept);
        assertThat(browser.findElement(By.id("autosave-alert")).getText()).isEmpty();

        // the server's copy is offered when the story is opened again (here without this browser's copy)
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
        open(editor);
        WebElement offer = browser.findElement(By.id("unsaved-offer"));
        assertThat(offer.getText()).contains("You have unsaved text for this story");
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEqualTo("Council meets " + unique);
        checkAccessibility();
        press("Restore unsaved text");
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEqualTo("Council meets " + unique + " tonight");
        assertThat(browser.findElement(By.id("dek")).getAttribute("value")).endsWith("Typed after the session ended.");
        assertThat(browser.findElement(By.cssSelector(".ql-editor")).getText()).contains("The details.", "The vote is expected after midnight.");
        press("Save draft");
        assertThat(flash()).isEqualTo("Draft saved as revision 2.");
        assertThat(browser.findElements(By.id("unsaved-offer"))).isEmpty();

        // Save pressed just as the session ended: the sign-in form, then this browser's copy is offered
        body = browser.findElement(By.cssSelector(".ql-editor"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "The mayor will sign it on Friday.");
        browser.manage().deleteAllCookies();
        press("Save draft");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Newsdesk");
        type("username", ADMIN);
        type("password", ADMIN_PASSWORD);
        submit();
        assertThat(browser.getCurrentUrl()).endsWith(editor);
        WebElement browserOffer = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("browser-unsaved-offer")));
        assertThat(browserOffer.getText()).contains("You have unsaved text for this story in this browser");
        assertThat(browser.findElement(By.cssSelector(".ql-editor")).getText()).doesNotContain("The mayor will sign it");
        checkAccessibility();
        browserOffer.findElement(By.xpath(".//button[normalize-space()='Restore unsaved text']")).click();
        assertThat(browser.findElement(By.cssSelector(".ql-editor")).getText()).contains("The mayor will sign it on Friday.");
        press("Save draft");
        assertThat(flash()).isEqualTo("Draft saved as revision 3.");
        open(editor);
        assertThat(browser.findElements(By.id("browser-unsaved-offer"))).as("saved: nothing left to offer").isEmpty();

        // the history holds the saves, no autosave
        open(editor + "/revisions");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).hasSize(3);

        // a new story, never saved, left and opened again: this browser kept it
        open("/admin/articles/new");
        type("headline", "Library hours cut " + unique);
        WebElement newBody = browser.findElement(By.cssSelector(".ql-editor"));
        newBody.click();
        newBody.sendKeys("Branches close at six from March.");
        open("/admin/");
        open("/admin/articles/new");
        WebElement newOffer = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("browser-unsaved-offer")));
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEmpty();
        newOffer.findElement(By.xpath(".//button[normalize-space()='Restore unsaved text']")).click();
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEqualTo("Library hours cut " + unique);
        assertThat(browser.findElement(By.cssSelector(".ql-editor")).getText()).contains("Branches close at six from March.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("Metro " + unique);
        new Select(browser.findElement(By.id("bylines"))).selectByVisibleText("Ada Reporter " + unique);
        press("Save draft");
        assertThat(flash()).isEqualTo("Draft saved as revision 1.");
        open("/admin/articles/new");
        assertThat(browser.findElements(By.id("browser-unsaved-offer"))).as("saved: the new story's copy is gone").isEmpty();
        assertThat(violations).as("axe: WCAG 2.1 A/AA on the editor's autosave notices").isEmpty();
    }

    /** Waits until the autosave line says {@code text}, other than it said before; what it says then. */
    private String waitForStatus(String text, String before) {
        return new WebDriverWait(browser, Duration.ofSeconds(45)).until(d -> {
            String said = d.findElement(By.id("autosave-status")).getText();
            return said.startsWith(text) && !said.equals(before) ? said : null;
        });
    }

    /** The body as stored, from the editor's own textarea. */
    private static String bodyOf(EditorsDesk desk, long story) {
        return Jsoup.parse(desk.browser().get("/admin/articles/" + story).body()).selectFirst("textarea[name=body]").wholeText();
    }

    private void signIn(String username, String password) {
        open("/admin/login");
        type("username", username);
        type("password", password);
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".signed-in")).size() == 1);
    }

    private void signOut() {
        press("Log out");
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("main form button[type=submit]")));
    }

    /** Presses a button that posts a form, and waits for the page the server answers with. */
    private void press(String text) {
        clickAndWaitForNextPage(browser.findElement(By.xpath("//button[normalize-space()='" + text + "']")));
    }

    private void follow(By link) {
        clickAndWaitForNextPage(browser.findElement(link));
    }

    /** A click returns before the browser has left the page: wait until it has, and the next one is loaded. */
    private void clickAndWaitForNextPage(WebElement element) {
        element.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> isGone(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has been left. Chromium says so with a stale element, or, while
     * the old document is being torn down, with "Node ... does not belong to the document", which
     * Selenium reports as a plain WebDriverException.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException leaving) {
            if (String.valueOf(leaving.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw leaving;
        }
    }

    private String flash() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash"))).getText();
    }

    private void checkAccessibility() {
        violations.addAll(chromium.accessibilityViolations());
    }
}
