package org.newsdesk.cms.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core (WCAG 2.1 A and AA rules, colour contrast included) in a headless Chromium, from the
 * test runner. Debian's chromium and chromedriver are named explicitly, so Selenium never tries
 * to download a browser or a driver.
 */
final class AccessibilityChecker implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;

    AccessibilityChecker() throws Exception {
        profile = Files.createTempDirectory("newsdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Every WCAG 2.1 A/AA violation on the page, one line each with the elements at fault. */
    List<String> violationsOn(String url) {
        driver.get(url);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(url + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
        }
        return violations;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
