/*
 * The body field's rich-text editor (Quill 2, vendored under assets/vendor). It only enhances the
 * plain textarea: without JavaScript the textarea takes HTML, and either way the server sanitizes
 * what it receives. On submit the editor's HTML goes back into the textarea, so the form posts
 * exactly what a plain textarea would.
 *
 * Quill keeps only the markup its toolbar makes. A body with more (a figure with its caption, a
 * <small> credit, a line break, a quote's source) stays in the plain textarea, with a word why,
 * so nothing the server allows is lost by a save; and a body nobody touched is posted back
 * exactly as it came, whatever the editor would have made of it.
 */
(function () {
    'use strict';
    if (typeof Quill === 'undefined') {
        return;
    }
    var names = {
        'ql-bold': 'Bold', 'ql-italic': 'Italic', 'ql-link': 'Link', 'ql-blockquote': 'Quote',
        'ql-clean': 'Remove formatting'
    };
    var FORMATS = ['header', 'bold', 'italic', 'link', 'blockquote', 'list'];
    // the same element under Quill's name for it
    var SAME_AS = {b: 'strong', i: 'em'};

    /* Every element of an HTML fragment with the attributes that matter, as sorted strings. */
    function markupOf(html) {
        var fragment = document.createElement('template');
        fragment.innerHTML = html;
        var found = [];
        fragment.content.querySelectorAll('*').forEach(function (element) {
            var tag = element.localName;
            var attributes = Array.prototype.map.call(element.attributes, function (attribute) {
                return attribute.name + '=' + attribute.value;
            }).filter(function (attribute) {
                return attribute.indexOf('rel=') !== 0 && attribute.indexOf('target=') !== 0;
            }).sort();
            found.push((SAME_AS[tag] || tag) + (attributes.length ? '[' + attributes.join(' ') + ']' : ''));
        });
        return found.sort();
    }

    /* What of the original markup would not come out of Quill again, e.g. ["figure", "small"]. */
    function markupQuillWouldDrop(html) {
        var probe = document.createElement('div');
        probe.hidden = true;
        document.body.appendChild(probe);
        var quill = new Quill(probe, {formats: FORMATS});
        quill.clipboard.dangerouslyPasteHTML(html, 'silent');
        var kept = markupOf(quill.getSemanticHTML());
        probe.remove();
        var lost = [];
        markupOf(html).forEach(function (element) {
            var at = kept.indexOf(element);
            if (at >= 0) {
                kept.splice(at, 1);
            } else if (lost.indexOf(element) < 0) {
                lost.push(element);
            }
        });
        return lost;
    }

    /* Says, under the textarea, why it stays plain HTML this time. */
    function explainPlainHtml(textarea, lost) {
        var note = document.createElement('span');
        note.className = 'hint';
        note.id = textarea.id + '-plain-html';
        note.textContent = 'This body has markup the formatting toolbar cannot keep ('
            + lost.map(function (element) { return '<' + element.split('[')[0] + '>'; })
                .filter(function (tag, index, all) { return all.indexOf(tag) === index; }).join(', ')
            + '), so it is shown as HTML: edit it here and nothing is lost.';
        textarea.insertAdjacentElement('beforebegin', note);
        var described = textarea.getAttribute('aria-describedby');
        textarea.setAttribute('aria-describedby', (described ? described + ' ' : '') + note.id);
    }

    document.querySelectorAll('textarea.rich-text').forEach(function (textarea) {
        var original = textarea.value;
        var lost = markupQuillWouldDrop(original);
        if (lost.length > 0) {
            explainPlainHtml(textarea, lost);
            return;
        }
        var label = document.querySelector('label[for="' + textarea.id + '"]');
        var holder = document.createElement('div');
        holder.className = 'rich-text-editor';
        textarea.insertAdjacentElement('afterend', holder);
        var quill = new Quill(holder, {
            theme: 'snow',
            formats: FORMATS,
            modules: {
                toolbar: [[{header: 2}, {header: 3}], ['bold', 'italic', 'link'], ['blockquote',
                    {list: 'ordered'}, {list: 'bullet'}], ['clean']]
            }
        });
        quill.clipboard.dangerouslyPasteHTML(original, 'silent');
        textarea.hidden = true;
        var edited = false;
        var plain = false;
        quill.on('text-change', function (delta, old, source) {
            if (source === 'user') {
                edited = true;
                // for autosave.js: a change made with the toolbar fires no input event
                textarea.dispatchEvent(new Event('rich-text-change', {bubbles: true}));
            }
        });

        // The editable area stands in for the textarea: same label, hints and error message.
        var editable = quill.root;
        editable.setAttribute('role', 'textbox');
        editable.setAttribute('aria-multiline', 'true');
        if (label) {
            label.id = label.id || textarea.id + '-label';
            editable.setAttribute('aria-labelledby', label.id);
            label.addEventListener('click', function () { quill.focus(); });
        }
        ['aria-describedby', 'aria-invalid'].forEach(function (attribute) {
            if (textarea.hasAttribute(attribute)) {
                editable.setAttribute(attribute, textarea.getAttribute(attribute));
            }
        });
        // Quill's toolbar buttons are icons: give each a name a screen reader can say.
        var toolbar = holder.previousElementSibling;
        if (toolbar && toolbar.classList.contains('ql-toolbar')) {
            toolbar.setAttribute('role', 'toolbar');
            toolbar.setAttribute('aria-label', 'Body formatting');
            toolbar.querySelectorAll('button').forEach(function (button) {
                var name = names[button.className];
                if (button.classList.contains('ql-header')) {
                    name = 'Subheading level ' + button.value;
                } else if (button.classList.contains('ql-list')) {
                    name = button.value === 'ordered' ? 'Numbered list' : 'Bulleted list';
                }
                if (name) {
                    button.setAttribute('aria-label', name);
                }
            });
        }
        /* What the form posts as the body. */
        function value() {
            if (!edited) {
                return original; // untouched: the very bytes that were saved
            }
            // Quill writes every space as &nbsp; in its HTML; readers' browsers must be free to wrap lines
            return quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ') : '';
        }

        /* Puts other text in the body (restored unsaved text): in the editor, or as plain HTML when it would lose markup. */
        function set(html) {
            var lost = markupQuillWouldDrop(html);
            if (lost.length > 0) {
                plain = true;
                holder.remove();
                if (toolbar && toolbar.parentNode) {
                    toolbar.remove();
                }
                textarea.hidden = false;
                textarea.value = html;
                if (!document.getElementById(textarea.id + '-plain-html')) {
                    explainPlainHtml(textarea, lost);
                }
                delete textarea.richText;
                return;
            }
            quill.clipboard.dangerouslyPasteHTML(html, 'silent');
            edited = true;
        }

        // autosave.js reads and restores the body through these, whichever way it is edited
        textarea.richText = {value: value, set: set};

        textarea.form.addEventListener('submit', function () {
            if (!plain) {
                textarea.value = value();
            }
        });
    });
}());
