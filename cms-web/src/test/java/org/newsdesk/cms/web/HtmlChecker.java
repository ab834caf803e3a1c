package org.newsdesk.cms.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's validator), run in the test runner on HTML a test fetched. Never
 * deployed: it is large and would clash with the server's own libraries.
 */
final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {
    }

    /** The checker's errors for {@code html} (warnings and notes left out), each with its line. */
    static List<String> errorsIn(String html, String url) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // info and warnings are advice, not invalidity
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(url + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(url + ":" + e.getLineNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId(url);
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return errors;
    }
}
