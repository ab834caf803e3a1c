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
 *
 * Pictures (issue 13): the toolbar's Picture button opens "Pictures for the body" under the field,
 * whose Insert buttons put a picture where the cursor was, as the one shape the server keeps:
 * <figure><img src alt width height><figcaption>caption <small>credit</small></figcaption></figure>
 * (org.newsdesk.cms.html.BodyFigure writes the same). In the editor it is one block, edited as a
 * whole (moved, deleted); in the plain textarea, the Insert buttons put its HTML at the caret.
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
    var FORMATS = ['header', 'bold', 'italic', 'link', 'blockquote', 'list', 'picture'];
    // the same element under Quill's name for it
    var SAME_AS = {b: 'strong', i: 'em'};

    function escaped(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    /* A picture's HTML, attributes in the order the server writes them; only those it has. */
    function figureHtml(picture) {
        var html = '<figure><img src="' + escaped(picture.src || '') + '"';
        ['alt', 'width', 'height'].forEach(function (name) {
            if (picture[name] !== undefined && picture[name] !== null) {
                html += ' ' + name + '="' + escaped(picture[name]) + '"';
            }
        });
        html += '>';
        var caption = picture.caption || '';
        var credit = picture.credit || '';
        if (caption || credit) {
            html += '<figcaption>' + escaped(caption) + (caption && credit ? ' ' : '')
                + (credit ? '<small>' + escaped(credit) + '</small>' : '') + '</figcaption>';
        }
        return html + '</figure>';
    }

    var BlockEmbed = Quill.import('blots/block/embed');

    /* A picture in the body: one block the editor keeps whole. */
    class Picture extends BlockEmbed {
        static create(picture) {
            var node = super.create();
            node.setAttribute('contenteditable', 'false');
            node.innerHTML = figureHtml(picture).replace(/^<figure>|<\/figure>$/g, '');
            return node;
        }

        static value(node) {
            var img = node.querySelector(':scope > img');
            var picture = {src: img ? img.getAttribute('src') : ''};
            ['alt', 'width', 'height'].forEach(function (name) {
                if (img && img.hasAttribute(name)) {
                    picture[name] = img.getAttribute(name);
                }
            });
            var caption = node.querySelector(':scope > figcaption');
            if (caption) {
                var words = '';
                var credit = null;
                caption.childNodes.forEach(function (child) {
                    if (child.localName === 'small') {
                        credit = (credit || '') + child.textContent;
                    } else {
                        words += child.textContent;
                    }
                });
                picture.caption = words.trim();
                if (credit !== null) {
                    picture.credit = credit.trim();
                }
            }
            return picture;
        }

        /* What getSemanticHTML writes: the figure without the editor's own attributes. */
        html() {
            return figureHtml(Picture.value(this.domNode));
        }
    }
    Picture.blotName = 'picture';
    Picture.tagName = 'FIGURE';
    Quill.register('formats/picture', Picture);

    var pictureList = document.getElementById('body-pictures');

    /* The picture of an item of "Pictures for the body", from its data attributes. */
    function pictureOf(item) {
        var picture = {src: item.dataset.src, alt: item.dataset.alt || '', width: item.dataset.width, height: item.dataset.height};
        if (item.dataset.caption) {
            picture.caption = item.dataset.caption;
        }
        if (item.dataset.credit) {
            picture.credit = item.dataset.credit;
        }
        return picture;
    }

    /* Gives every listed picture an Insert button; insert(picture, html) puts it in the body. */
    function offerPictures(insert) {
        if (!pictureList) {
            return;
        }
        pictureList.querySelectorAll('li[data-src]').forEach(function (item) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'quiet insert-picture';
            button.textContent = 'Insert into the body';
            var name = document.createElement('span');
            name.className = 'visually-hidden';
            name.textContent = ': ' + (item.dataset.alt || '');
            button.appendChild(name);
            button.addEventListener('click', function () {
                insert(pictureOf(item), item.dataset.figure);
            });
            item.appendChild(button);
        });
    }

    /* Puts a picture's HTML at the plain textarea's caret, as typing it would. */
    function insertIntoTextarea(textarea, html) {
        var at = textarea.selectionStart === undefined ? textarea.value.length : textarea.selectionEnd;
        textarea.value = textarea.value.slice(0, at) + html + textarea.value.slice(at);
        textarea.focus();
        textarea.setSelectionRange(at + html.length, at + html.length);
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
    }

    /* Every element of an HTML fragment with the attributes that matter, as sorted strings. */
    function markupOf(html) {
        var fragment = document.createElement('template');
        fragment.innerHTML = html;
        var found = [];
        fragment.content.querySelectorAll('*').forEach(function (element) {
            var tag = element.localName;
            if (tag === 'p' && !element.hasChildNodes()) {
                return; // an empty paragraph (the line Quill leaves after a picture at the end) says nothing to readers
            }
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
            offerPictures(function (picture, html) { insertIntoTextarea(textarea, html); });
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
                toolbar: {
                    container: [[{header: 2}, {header: 3}], ['bold', 'italic', 'link'], ['blockquote',
                        {list: 'ordered'}, {list: 'bullet'}]].concat(pictureList ? [['picture']] : []).concat([['clean']]),
                    handlers: {
                        picture: function () {
                            pictureList.open = true;
                            var first = pictureList.querySelector('button.insert-picture');
                            (first || pictureList.querySelector('summary')).focus();
                        }
                    }
                }
            }
        });
        quill.clipboard.dangerouslyPasteHTML(original, 'silent');
        textarea.hidden = true;
        var edited = false;
        var plain = false;
        // where a picture goes: the cursor's last place in the editor, or the end
        var lastRange = null;
        quill.on('selection-change', function (range) {
            if (range) {
                lastRange = range;
            }
        });
        offerPictures(function (picture, html) {
            if (plain) {
                insertIntoTextarea(textarea, html);
                return;
            }
            var at = lastRange ? lastRange.index + lastRange.length : Math.max(quill.getLength() - 1, 0);
            quill.insertEmbed(at, 'picture', picture, 'user');
            quill.setSelection(at + 1, 0, 'user');
        });
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
                } else if (button.classList.contains('ql-picture')) {
                    button.textContent = 'Picture';
                    button.setAttribute('aria-controls', pictureList.id);
                    name = 'Insert a picture from the media library';
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
            // without the empty line Quill keeps after a picture at the very end
            return quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ').replace(/(<p><\/p>)+$/, '') : '';
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
