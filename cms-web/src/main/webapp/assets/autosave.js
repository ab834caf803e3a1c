/*
 * Nothing typed into the article editor is lost: not to a session that ends while someone
 * writes, a closed tab or a crashed browser.
 *
 * - Every change is copied to this browser's storage (localStorage, per person and story, or
 *   "new" for a story not saved yet), and the copy is dropped once a button has saved the form.
 *   Copies older than a week are dropped too.
 * - For a story already saved, the form is also posted to the server's autosave a few seconds
 *   after typing pauses, and at least every LONGEST ms while it goes on. The server keeps one
 *   autosave per story and person; it is not a revision and changes nothing readers or other
 *   editors see.
 * - When the session has ended, the autosave gets the sign-in form instead of its JSON answer:
 *   the page says so (announced), with a link that signs in in a new tab. The script then checks
 *   now and then, and when the tab comes back to the front; once signed in again it takes the new
 *   session's CSRF token and carries on, and a button pressed meanwhile is sent then, not lost.
 * - When the editor opens with a copy in this browser that differs from the form, it offers the
 *   text back ("Restore unsaved text" / "Discard"); the server's own offer (rendered in the page,
 *   working without this script) stands aside when this browser's copy is at least as new.
 *
 * Restoring only fills the form, with the version the text was typed against: the person saves
 * it the normal way, and a save someone made since shows up beside it (the stale-edit page).
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-story]');
    if (!form || form.dataset.editable !== 'true' || !window.fetch || !window.URLSearchParams) {
        return;
    }
    var PREFIX = 'newsdesk.unsaved.';
    var KEPT_FOR = 7 * 24 * 3600 * 1000;
    var PAUSE = 3000;
    var LONGEST = 12000;
    var CHECK_EVERY = 15000;
    /* A button pressed after this long without hearing from the server checks the session first. */
    var QUIET_FOR = 20 * 60 * 1000;
    var KEEP_ALIVE = 10 * 60 * 1000;

    var story = form.dataset.story;
    var key = PREFIX + form.dataset.user + '.' + story;
    var newKey = PREFIX + form.dataset.user + '.new';
    var autosaveUrl = form.dataset.autosave || null;
    var body = form.querySelector('textarea[name=body]');
    var versionField = form.querySelector('input[name=version]');
    var statusLine = document.getElementById('autosave-status');
    var alertBox = document.getElementById('autosave-alert');
    var serverOffer = document.getElementById('unsaved-offer');

    var lastSent = null;
    var pendingSince = 0;
    var timer = null;
    var copyTimer = null;
    var inFlight = false;
    var signedOut = false;
    var checkTimer = null;
    var lastContact = Date.now();
    var leaving = false;
    /* A button pressed while signed out, sent once signed in again. */
    var pendingButton = null;
    var letThrough = false;

    function storage() {
        try {
            return window.localStorage;
        } catch (blocked) { // storage turned off in this browser
            return null;
        }
    }

    // --- the form's fields ----------------------------------------------------------------

    function field(name) {
        var element = form.elements.namedItem(name);
        return element && element.value !== undefined ? element.value : '';
    }

    function bylineSelects() {
        return Array.prototype.slice.call(form.querySelectorAll('select[name=bylines]'));
    }

    function bodyValue() {
        return body.richText ? body.richText.value() : body.value;
    }

    /* The story's fields as the form would post them. */
    function fields() {
        return {
            headline: field('headline'),
            dek: field('dek'),
            section: field('section'),
            bylines: bylineSelects().map(function (select) { return select.value; })
                .filter(function (value) { return value !== ''; }),
            slug: field('slug'),
            note: field('note'),
            body: bodyValue()
        };
    }

    function same(a, b) {
        return ['headline', 'dek', 'section', 'slug', 'note', 'body'].every(function (name) {
            return (a[name] || '') === (b[name] || '');
        }) && (a.bylines || []).join(',') === (b.bylines || []).join(',');
    }

    function setField(name, value) {
        var element = form.elements.namedItem(name);
        if (element && element.value !== undefined) {
            element.value = value || '';
        }
    }

    /* Fills the form with restored text; a byline line is added for each author the form has no line for. */
    function fill(text) {
        ['headline', 'dek', 'section', 'slug', 'note'].forEach(function (name) {
            setField(name, text[name]);
        });
        var selects = bylineSelects();
        var bylines = text.bylines || [];
        while (selects.length < bylines.length + 1) {
            var last = selects[selects.length - 1];
            var line = last.parentNode.cloneNode(true);
            var copy = line.querySelector('select');
            var label = line.querySelector('label');
            var number = selects.length + 1;
            copy.id = 'bylines-' + number;
            copy.removeAttribute('aria-invalid');
            copy.removeAttribute('aria-describedby');
            label.setAttribute('for', copy.id);
            label.textContent = 'Byline ' + number;
            last.parentNode.insertAdjacentElement('afterend', line);
            selects.push(copy);
        }
        selects.forEach(function (select, i) {
            select.value = bylines[i] || '';
        });
        if (body.richText) {
            body.richText.set(text.body || '');
        } else {
            body.value = text.body || '';
        }
    }

    // --- this browser's copy --------------------------------------------------------------

    function read(name) {
        var store = storage();
        try {
            return store ? JSON.parse(store.getItem(name)) : null;
        } catch (unreadable) {
            return null;
        }
    }

    function forget(name) {
        var store = storage();
        if (store) {
            store.removeItem(name);
        }
    }

    /* Copies of more than a week ago are dropped, for every story and person. */
    function dropOldCopies() {
        var store = storage();
        if (!store) {
            return;
        }
        var now = Date.now();
        for (var i = store.length - 1; i >= 0; i--) {
            var name = store.key(i);
            if (name && name.indexOf(PREFIX) === 0) {
                var copy = read(name);
                if (!copy || typeof copy.at !== 'number' || now - copy.at > KEPT_FOR) {
                    store.removeItem(name);
                }
            }
        }
    }

    /* Copies the form to this browser now; {@code sent}: a button is posting it. */
    function copyToBrowser(sent) {
        clearTimeout(copyTimer);
        copyTimer = null;
        var store = storage();
        if (!store) {
            return;
        }
        try {
            store.setItem(key, JSON.stringify({
                at: Date.now(), version: versionField ? versionField.value : '', sent: !!sent, fields: fields()
            }));
        } catch (full) {
            say('This browser cannot keep a copy of your text (its storage is full or turned off).');
        }
    }

    // --- what the page says ---------------------------------------------------------------

    /* A quiet line under the form: not announced, since it changes every few seconds while typing. */
    function say(text) {
        if (statusLine) {
            statusLine.textContent = text;
        }
    }

    /* Announced at once (role=alert): something keeps the text from being kept on the server. */
    function warn(parts) {
        var said = parts.map(function (part) { return part.textContent || part; }).join('');
        if (alertBox.textContent === said) {
            return; // said already: not announced again at every keystroke
        }
        alertBox.textContent = '';
        parts.forEach(function (part) {
            alertBox.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
        });
    }

    function clearWarning() {
        alertBox.textContent = '';
    }

    function timeOf(millis) {
        var at = new Date(millis);
        try {
            return at.toLocaleString('en-US', {
                timeZone: form.dataset.zone, month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit'
            });
        } catch (unknownZone) {
            return at.toLocaleString();
        }
    }

    function clock() {
        return new Date().toLocaleTimeString('en-US', {timeZone: form.dataset.zone});
    }

    function signInLink() {
        var link = document.createElement('a');
        link.href = form.dataset.signIn || signInAddress();
        link.target = '_blank';
        link.rel = 'noopener';
        link.id = 'autosave-sign-in';
        link.textContent = 'Sign in again (opens in a new tab)';
        return link;
    }

    function signInAddress() {
        var action = form.getAttribute('action');
        return action.substring(0, action.indexOf('/admin/') + '/admin/'.length) + 'login';
    }

    // --- the session ----------------------------------------------------------------------

    function showSignedOut(buttonPressed) {
        signedOut = true;
        warn([
            buttonPressed
                ? 'Not sent: you are signed out, as your session ended. '
                : 'You are signed out: your session ended. ',
            'Your text is kept in this browser. ',
            signInLink(),
            buttonPressed
                ? ', then come back to this tab: what you pressed is sent once you are signed in.'
                : ', then come back to this tab: saving carries on by itself.'
        ]);
        clearInterval(checkTimer);
        checkTimer = setInterval(function () { checkSession(); }, CHECK_EVERY);
    }

    /*
     * Asks the server whether this browser is signed in, by loading this editor's page: signed out,
     * that is the sign-in form; signed in, it carries the session's CSRF token, which replaces the
     * page's own everywhere (a new session has a new token). Resolves true when signed in.
     */
    function checkSession() {
        var address = form.getAttribute('action');
        return fetch(address, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, 'text/html');
                var theirForm = page.querySelector('form[data-story]');
                var name = form.dataset.csrfName;
                var token = theirForm && theirForm.querySelector('input[name="' + name + '"]');
                if (!token) {
                    return false;
                }
                if (theirForm.dataset.user !== form.dataset.user) {
                    // someone else signed in in this browser (a shared desk): their session must never
                    // carry this person's text or button; it stays here until they sign in themselves
                    warn(['Someone else is signed in in this browser now, so nothing is sent. ',
                        'Your text is kept here: sign in as yourself to go on.']);
                    return false;
                }
                lastContact = Date.now();
                document.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
                    input.value = token.value;
                });
                if (signedOut) {
                    signedOut = false;
                    clearInterval(checkTimer);
                    clearWarning();
                    say('Signed in again at ' + clock() + '.');
                    if (pendingButton) {
                        send(pendingButton);
                    } else {
                        schedule(0);
                    }
                }
                return true;
            });
    }

    // --- autosave to the server -----------------------------------------------------------

    function schedule(wait) {
        if (!autosaveUrl || leaving) {
            return;
        }
        clearTimeout(timer);
        timer = setTimeout(function () { autosave(false); }, wait);
    }

    function changed() {
        clearTimeout(copyTimer);
        copyTimer = setTimeout(function () { copyToBrowser(false); }, 300);
        var now = Date.now();
        if (!autosaveUrl && !signedOut && now - lastContact > KEEP_ALIVE) {
            // a new story has nothing to autosave: still, keep the session alive while someone writes
            lastContact = now;
            checkSession().then(function (signedIn) {
                if (!signedIn) {
                    showSignedOut(false);
                }
            }, function () { /* tried again on the next change */ });
        }
        if (!pendingSince) {
            pendingSince = now;
        }
        schedule(Math.max(0, Math.min(PAUSE, pendingSince + LONGEST - now)));
    }

    function autosave(retried) {
        timer = null;
        if (signedOut || leaving || !autosaveUrl) {
            return;
        }
        if (inFlight) {
            schedule(PAUSE);
            return;
        }
        var typed = fields();
        var sent = JSON.stringify(typed);
        if (sent === lastSent) {
            pendingSince = 0;
            return;
        }
        var data = new URLSearchParams(new FormData(form));
        data.set('body', typed.body);
        inFlight = true;
        fetch(autosaveUrl, {
            // HTML accepted too: signed out, the answer is the sign-in form, which says so
            method: 'POST', body: data, credentials: 'same-origin', headers: {'Accept': 'application/json, text/html;q=0.5'}
        }).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            if (type.indexOf('application/json') === 0) {
                return response.json().then(function (answer) {
                    if (response.ok) {
                        lastSent = sent;
                        pendingSince = 0;
                        lastContact = Date.now();
                        clearWarning();
                        say('Unsaved changes kept at ' + clock() + '. Save to make them a revision.');
                    } else {
                        warn(['Your latest changes are not kept on the server: ',
                            (answer.problems || []).map(function (p) { return p.message; }).join(' '),
                            ' They are kept in this browser.']);
                    }
                });
            }
            if (response.status === 403 && !retried) {
                // a new session (signed in again elsewhere) has a new CSRF token: take it, try once more
                return checkSession().then(function (signedIn) {
                    if (signedIn) {
                        setTimeout(function () { autosave(true); }, 0); // after this request is done
                    } else {
                        showSignedOut(false);
                    }
                });
            }
            if (response.status === 403) {
                autosaveUrl = null;
                warn(['The server refused to keep your text for this story: you may no longer change it. '
                    + 'It is kept in this browser.']);
            } else if (response.status === 413) {
                warn(['Your text is too large to keep on the server. It is kept in this browser.']);
            } else if (response.ok) {
                // an HTML page where JSON was due: the sign-in form, the session has ended
                showSignedOut(false);
            } else {
                say('The server could not keep your changes just now (' + response.status
                    + '); they are kept in this browser. Trying again shortly.');
                schedule(CHECK_EVERY);
            }
        }).catch(function () {
            say('The server cannot be reached; your changes are kept in this browser. Trying again shortly.');
            schedule(CHECK_EVERY);
        }).then(function () {
            inFlight = false;
        });
    }

    // --- offering text back ---------------------------------------------------------------

    function offerBrowserCopy(copy) {
        var offer = document.createElement('section');
        offer.className = 'unsaved';
        offer.id = 'browser-unsaved-offer';
        offer.setAttribute('role', 'status');
        offer.setAttribute('aria-labelledby', 'browser-unsaved-title');
        var title = document.createElement('h2');
        title.id = 'browser-unsaved-title';
        title.textContent = 'You have unsaved text for this story in this browser';
        var text = document.createElement('p');
        text.textContent = 'It was typed at ' + timeOf(copy.at) + ' and is not in the form below.'
            + (versionField && copy.version && copy.version !== versionField.value
                ? ' The story has changed since: saving your text shows you both versions, to merge.' : '');
        var actions = document.createElement('div');
        actions.className = 'offer-actions';
        var restore = document.createElement('button');
        restore.type = 'button';
        restore.textContent = 'Restore unsaved text';
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.className = 'quiet';
        discard.textContent = 'Discard';
        actions.appendChild(restore);
        actions.appendChild(discard);
        offer.appendChild(title);
        offer.appendChild(text);
        offer.appendChild(actions);
        form.insertAdjacentElement('beforebegin', offer);

        restore.addEventListener('click', function () {
            fill(copy.fields);
            if (versionField && copy.version) {
                versionField.value = copy.version; // saved against what it was typed on
            }
            offer.remove();
            if (serverOffer) {
                serverOffer.remove(); // older than what was just restored
            }
            say('Your unsaved text is back in the form. It is not saved yet: press Save draft to keep it.');
            copyToBrowser(false);
            changed();
            form.querySelector('#headline').focus();
        });
        discard.addEventListener('click', function () {
            forget(key);
            offer.remove();
            if (serverOffer) {
                discardOnServer();
            }
            say('Your unsaved text was discarded.');
            form.querySelector('#headline').focus();
        });
    }

    /* The server's copy goes with this browser's, without leaving the page. */
    function discardOnServer() {
        var discardForm = serverOffer.querySelector('form.discard-unsaved');
        serverOffer.remove();
        serverOffer = null;
        if (discardForm) {
            fetch(discardForm.getAttribute('action'), {
                method: 'POST', body: new URLSearchParams(new FormData(discardForm)), credentials: 'same-origin',
                headers: {'Accept': 'application/json'}
            }).catch(function () { /* offered again next time: nothing is lost */ });
        }
    }

    // --- on opening the editor ------------------------------------------------------------

    dropOldCopies();
    var onPage = fields();
    lastSent = JSON.stringify(onPage);
    if (form.dataset.formSaved === 'true') {
        // a button just saved the form: the copy it wrote here is the story's draft now. A copy
        // another tab of the same story wrote since (not sent by a button) is that tab's unsaved text.
        var saved = read(key);
        if (saved && saved.sent) {
            forget(key);
        }
        var newStory = read(newKey);
        if (story !== 'new' && newStory && newStory.sent) {
            forget(newKey);
        }
    } else if (form.dataset.restored === 'true') {
        // the server's copy is in the form: unsaved, so kept here too, and autosaved as it changes
        copyToBrowser(false);
        lastSent = null;
    } else {
        var copy = read(key);
        if (copy && copy.fields) {
            var refused = document.getElementById('error-summary') || document.getElementById('conflict');
            if (!same(copy.fields, onPage)) {
                var serverAt = serverOffer ? Number(serverOffer.dataset.keptAt) : 0;
                if (copy.at >= serverAt) {
                    // this browser's copy is the newer: it alone is offered, and its Discard discards both
                    if (serverOffer) {
                        serverOffer.hidden = true;
                    }
                    offerBrowserCopy(copy);
                }
            } else if (!refused && (!versionField || copy.version === versionField.value)) {
                forget(key); // the form shows the very text the server has
            }
        }
    }

    /*
     * Signing out on a shared computer leaves nothing of this person's stories in this browser,
     * but what was typed here since the last autosave: that is sent first (the sign-out does not
     * wait for an answer, so it goes as a beacon), and only a brand-new story's copy, which the
     * server cannot keep, stays until that person signs in again or a week has passed.
     */
    document.querySelectorAll('form.signed-in').forEach(function (signOut) {
        signOut.addEventListener('submit', function () {
            if (autosaveUrl && !signedOut && JSON.stringify(fields()) !== lastSent && navigator.sendBeacon) {
                var data = new URLSearchParams(new FormData(form));
                data.set('body', fields().body);
                navigator.sendBeacon(autosaveUrl, data);
            }
            var store = storage();
            if (!store) {
                return;
            }
            var mine = PREFIX + form.dataset.user + '.';
            for (var i = store.length - 1; i >= 0; i--) {
                var name = store.key(i);
                if (name && name.indexOf(mine) === 0 && name !== newKey) {
                    store.removeItem(name);
                }
            }
        });
    });

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('rich-text-change', changed);

    /* Sends the form as the button would, past the check below. */
    function send(button) {
        pendingButton = null;
        letThrough = true;
        if (form.requestSubmit && button) {
            form.requestSubmit(button);
        } else {
            form.submit();
        }
    }

    form.addEventListener('submit', function (event) {
        copyToBrowser(true);
        var quiet = Date.now() - lastContact > QUIET_FOR;
        if (letThrough || (!signedOut && !quiet)) {
            leaving = true;
            clearTimeout(timer);
            return;
        }
        // signed out, or quiet for long: find out first, so that pressing a button never ends at a sign-in page
        event.preventDefault();
        var button = event.submitter;
        checkSession().then(function (signedIn) {
            if (signedIn) {
                send(button);
            } else {
                pendingButton = button;
                showSignedOut(true);
                var link = document.getElementById('autosave-sign-in');
                if (link) {
                    link.focus();
                }
            }
        }, function () {
            // the server cannot be reached: send it anyway; the copy here is kept until a save succeeds
            send(button);
        });
    });

    window.addEventListener('pagehide', function () {
        if (copyTimer && !leaving) {
            copyToBrowser(false); // a change typed in the last moment
        }
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && signedOut) {
            checkSession();
        }
    });
    window.addEventListener('focus', function () {
        if (signedOut) {
            checkSession();
        }
    });
}());
