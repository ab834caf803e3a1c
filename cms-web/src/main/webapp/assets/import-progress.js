// The import page's progress, updated in place while the import runs (without JavaScript the page
// refreshes itself instead). Once the import is over, the page is loaded again for its report.
(function () {
    'use strict';
    var main = document.getElementById('main');
    var url = main && main.getAttribute('data-progress');
    if (!url) {
        return;
    }
    var bar = document.getElementById('import-progress');
    var text = document.getElementById('progress-text');
    function set(id, value) {
        var element = document.getElementById(id);
        if (element) {
            element.textContent = String(value);
        }
    }
    function look() {
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
            .then(function (answer) {
                if (!answer.ok) {
                    throw new Error('HTTP ' + answer.status);
                }
                return answer.json();
            })
            .then(function (progress) {
                if (progress.over) {
                    window.location.reload();
                    return;
                }
                bar.max = Math.max(progress.total, 1);
                bar.value = progress.done;
                bar.textContent = progress.done + ' of ' + progress.total;
                text.textContent = progress.done + ' of ' + progress.total + ' items';
                ['imported', 'updated', 'unchanged', 'skipped', 'failed'].forEach(function (count) {
                    set('count-' + count, progress[count]);
                });
                window.setTimeout(look, 1500);
            })
            .catch(function () {
                // a lost answer: try again a little later
                window.setTimeout(look, 5000);
            });
    }
    window.setTimeout(look, 1000);
}());
