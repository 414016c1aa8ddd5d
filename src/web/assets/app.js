/* global window, document, fetch */
// closer's own page script: quick exit (button and Shift three times), the idle lock, the
// keep-alive that tells the server someone is still here, and the passphrase strength meter.
// No inline script anywhere: the Content-Security-Policy allows only files like this one.
(function () {
  'use strict';

  var NEUTRAL = '/n';
  var leaving = false;

  function post(path) {
    // keepalive lets the request finish even while the page is being replaced.
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: { 'HX-Request': 'false' },
    }).catch(function () {
      return undefined;
    });
  }

  function blank() {
    document.documentElement.classList.add('leaving');
    if (document.body) document.body.hidden = true;
  }

  // Hide everything at once, lock on the server, then replace this history entry with a
  // neutral page so that Back does not come back here (security-requirements.md T-03).
  function quickExit(event) {
    if (event) event.preventDefault();
    if (leaving) return;
    leaving = true;
    blank();
    var done = function () {
      window.location.replace(NEUTRAL);
    };
    var timer = window.setTimeout(done, 800);
    post('/exit').then(function () {
      window.clearTimeout(timer);
      done();
    });
  }

  // The page forgets what it showed when the vault locks for being idle.
  function idleLock() {
    if (leaving) return;
    leaving = true;
    blank();
    post('/lock').then(function () {
      window.location.replace('/');
    });
  }

  // GOV.UK's gesture: Shift pressed three times, no more than 5 seconds between presses.
  var shiftCount = 0;
  var shiftTimer = 0;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      shiftCount = 0;
      return;
    }
    shiftCount += 1;
    window.clearTimeout(shiftTimer);
    if (shiftCount >= 3) {
      shiftCount = 0;
      quickExit();
      return;
    }
    shiftTimer = window.setTimeout(function () {
      shiftCount = 0;
    }, 5000);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.id === 'quick-exit-form') quickExit(event);
  });

  // Back-forward cache: a page restored from it must not stay blank or keep an old timer.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      leaving = false;
      document.documentElement.classList.remove('leaving');
      if (document.body) document.body.hidden = false;
    }
  });

  function armIdleLock() {
    var meta = document.querySelector('meta[name="closer-idle-seconds"]');
    if (!meta) return;
    var seconds = Number(meta.getAttribute('content'));
    if (!(seconds > 0)) return;
    var timer = 0;
    var lastPing = Date.now();
    var reset = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(idleLock, seconds * 1000);
      // Typing a long answer makes no request: tell the server someone is here, at most
      // once a minute, so its own idle lock does not fire under the person's hands.
      var now = Date.now();
      if (now - lastPing > Math.min(60, seconds / 2) * 1000) {
        lastPing = now;
        void post('/alive');
      }
    };
    ['keydown', 'pointerdown', 'input', 'scroll', 'focusin'].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true, capture: true });
    });
    reset();
  }

  // A rough strength estimate for a new passphrase: length and variety, shown as a meter and
  // in words (the words carry it for screen readers and for anyone who cannot see the bar).
  function estimate(value) {
    var pool = 0;
    if (/[a-z]/.test(value)) pool += 26;
    if (/[A-Z]/.test(value)) pool += 26;
    if (/[0-9]/.test(value)) pool += 10;
    if (/[^a-zA-Z0-9]/.test(value)) pool += 33;
    var distinct = new Set(value.split('')).size;
    var bits = pool > 0 ? Math.min(value.length, distinct * 2) * Math.log2(pool) : 0;
    return bits;
  }

  function armStrength() {
    var input = document.querySelector('input[data-strength]');
    if (!input) return;
    var meter = document.getElementById(input.getAttribute('data-strength'));
    var words = document.getElementById(input.getAttribute('data-strength') + '-words');
    var update = function () {
      var bits = estimate(input.value);
      var label =
        input.value.length === 0
          ? 'Not set yet.'
          : bits < 40
            ? 'Weak: add more words.'
            : bits < 60
              ? 'Fair: a few more words would help.'
              : bits < 80
                ? 'Good.'
                : 'Strong.';
      if (meter) meter.value = Math.min(100, bits);
      if (words) words.textContent = label;
    };
    input.addEventListener('input', update);
    update();
  }

  // htmx notes the current path in sessionStorage as it loads. Paths are neutral, but the
  // promise is that nothing at all is kept in browser storage, so it goes at once.
  function forgetStorage() {
    try {
      window.sessionStorage.removeItem('htmx-current-path-for-history');
      window.sessionStorage.removeItem('htmx-history-cache');
    } catch {
      // Storage may be unavailable; then there is nothing to forget.
    }
  }
  document.addEventListener('htmx:afterSettle', forgetStorage);

  // Upload progress for large chat exports (htmx reports the request's upload events).
  document.addEventListener('htmx:xhr:progress', function (event) {
    var bar = document.getElementById('upload-progress');
    var detail = event.detail;
    if (bar && detail && detail.lengthComputable && detail.total > 0) {
      bar.value = Math.round((detail.loaded / detail.total) * 100);
    }
  });

  function start() {
    forgetStorage();
    armIdleLock();
    armStrength();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
