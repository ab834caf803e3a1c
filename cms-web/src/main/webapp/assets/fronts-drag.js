/*
 * Drag and drop on the curation screen, over the Move up / Move down forms that work without it.
 *
 * A story dragged onto another place is moved there by the screen's own forms, one step at a
 * time (each step a Move up or Move down the server checks as it always does: the version, the
 * CSRF token, the stale-edit refusal), reading the next step's form from the screen each step
 * answers with. So the server learns nothing new, and a refusal (another editor changed the
 * front meanwhile) is shown exactly as the forms show it. Keyboard users keep the buttons.
 */
(function () {
    'use strict';
    if (!window.fetch || !window.FormData || !window.DOMParser || !window.URLSearchParams) {
        return;
    }
    var dragged = null;
    enhance();

    function enhance() {
        var list = document.querySelector('ol.slot-list');
        if (!list) {
            return;
        }
        var hint = document.createElement('p');
        hint.className = 'hint';
        hint.id = 'drag-hint';
        hint.textContent = 'You can also drag a story onto another place; the Move up and Move down buttons do the same.';
        list.parentNode.insertBefore(hint, list);

        Array.prototype.forEach.call(list.querySelectorAll('li[data-position]'), function (row) {
            if (!row.classList.contains('empty')) {
                row.setAttribute('draggable', 'true');
                row.addEventListener('dragstart', function (event) {
                    dragged = Number(row.dataset.position);
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', String(dragged));
                    row.classList.add('dragging');
                });
                row.addEventListener('dragend', function () {
                    row.classList.remove('dragging');
                });
            }
            row.addEventListener('dragover', function (event) {
                if (dragged !== null) {
                    event.preventDefault();
                    event.dataTransfer.dropEffect = 'move';
                }
            });
            row.addEventListener('drop', function (event) {
                event.preventDefault();
                var from = dragged;
                dragged = null;
                var to = Number(row.dataset.position);
                if (from === null || from === to) {
                    return;
                }
                list.setAttribute('aria-busy', 'true');
                move(document, from, to);
            });
        });
    }

    /* Shows a screen the server answered with (its flash, or its refusal at the top). */
    function show(screen) {
        document.body.innerHTML = screen.body.innerHTML;
        enhance();
        var told = document.querySelector('#error-summary') || document.querySelector('.flash');
        if (told) {
            told.setAttribute('tabindex', '-1');
            told.focus();
        }
    }

    /* One step from `from` towards `to` with the form `screen` shows for it, then the next. */
    function move(screen, from, to) {
        var up = to < from;
        var form = screen.querySelector('#slot-' + from + ' form[action$="/' + (up ? 'move-up' : 'move-down') + '"]');
        if (from === to || !form) {
            if (screen === document) {
                window.location.reload();
            } else {
                show(screen);
            }
            return;
        }
        fetch(form.getAttribute('action'), {method: 'POST', body: new URLSearchParams(new FormData(form)),
            credentials: 'same-origin'})
            .then(function (answer) {
                return answer.text();
            })
            .then(function (html) {
                var next = new DOMParser().parseFromString(html, 'text/html');
                if (next.querySelector('#error-summary') || !next.querySelector('ol.slot-list')) {
                    show(next);
                    return;
                }
                move(next, up ? from - 1 : from + 1, to);
            })
            .catch(function () {
                window.location.reload();
            });
    }
}());
