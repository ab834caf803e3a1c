/*
 * Click to set the focal point on a picture's screen, over the two number fields that work without
 * it: a click on the picture writes the point, in percent, into the Across and Down fields (which
 * the form posts as always) and marks it on the picture. Keyboard and screen reader users keep the
 * fields; the marker follows what they type.
 */
(function () {
    'use strict';
    var picture = document.querySelector('[data-focal-picture]');
    var across = document.getElementById('focalX');
    var down = document.getElementById('focalY');
    if (!picture || !across || !down) {
        return;
    }
    var frame = document.createElement('div');
    frame.className = 'focal-frame';
    picture.parentNode.insertBefore(frame, picture);
    frame.appendChild(picture);
    var marker = document.createElement('span');
    marker.className = 'focal-marker';
    marker.setAttribute('aria-hidden', 'true');
    frame.appendChild(marker);
    var hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = 'focal-click-hint';
    hint.textContent = 'You can also click the picture on the point to keep in view; the Across and Down fields change with it.';
    frame.parentNode.insertBefore(hint, frame.nextSibling);
    picture.classList.add('focal-clickable');

    function percent(value) {
        var number = Number(value);
        return isFinite(number) ? Math.max(0, Math.min(100, number)) : 50;
    }

    function mark() {
        marker.style.left = percent(across.value) + '%';
        marker.style.top = percent(down.value) + '%';
    }

    picture.addEventListener('click', function (event) {
        var box = picture.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) {
            return;
        }
        across.value = String(Math.round(percent((event.clientX - box.left) / box.width * 100)));
        down.value = String(Math.round(percent((event.clientY - box.top) / box.height * 100)));
        mark();
    });
    across.addEventListener('input', mark);
    down.addEventListener('input', mark);
    mark();
}());
