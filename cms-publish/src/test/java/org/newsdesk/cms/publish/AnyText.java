package org.newsdesk.cms.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Any text a story, a section or the site could hold, for the properties of what the public site
 * writes: any BMP character (controls, NUL, lone surrogates, U+FFFE), emoji as surrogate pairs,
 * right-to-left and invisible marks, markup and CDATA ends, and plain words between them. Built
 * from pieces, so that emoji stay pairs and markup stays recognisable.
 */
public final class AnyText {

    private AnyText() {
    }

    public static Arbitrary<String> pieces() {
        Arbitrary<String> bmp = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
        Arbitrary<String> special = Arbitraries.of("\u0000", "\u000B", "\u000C", "\u0008", "\u001B", "\u007F", "\u0085",
                "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\u200F", "\u202E", "\u2028", "\uFEFF", "\r\n", "\r", "\t",
                "<", ">", "&", "\"", "'", "]]>", "<![CDATA[", "<b>", "&amp;", "&#0;", "&#x1F4F0;", "e\u0301");
        Arbitrary<String> word = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        return Arbitraries.frequencyOf(Tuple.of(3, bmp), Tuple.of(1, emoji), Tuple.of(3, special), Tuple.of(3, word))
                .list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}
