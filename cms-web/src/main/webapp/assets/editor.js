/*
 * The body field's rich-text editor (Quill 2, vendored under assets/vendor). It only enhances the
 * plain textarea: without JavaScript the textarea takes HTML, and either way the server sanitizes
 * what it receives. On submit the editor's HTML goes back into the textarea, so the form posts
 * exactly what a plain textarea would.
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
    document.querySelectorAll('textarea.rich-text').forEach(function (textarea) {
        var label = document.querySelector('label[for="' + textarea.id + '"]');
        var holder = document.createElement('div');
        holder.className = 'rich-text-editor';
        textarea.insertAdjacentElement('afterend', holder);
        var quill = new Quill(holder, {
            theme: 'snow',
            formats: ['header', 'bold', 'italic', 'link', 'blockquote', 'list'],
            modules: {
                toolbar: [[{header: 2}, {header: 3}], ['bold', 'italic', 'link'], ['blockquote',
                    {list: 'ordered'}, {list: 'bullet'}], ['clean']]
            }
        });
        quill.clipboard.dangerouslyPasteHTML(textarea.value, 'silent');
        textarea.hidden = true;

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
        textarea.form.addEventListener('submit', function () {
            // Quill writes every space as &nbsp; in its HTML; readers' browsers must be free to wrap lines
            textarea.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ') : '';
        });
    });
}());
