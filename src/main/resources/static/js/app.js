// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A failed htmx request (an expired session, the server restarting) says so where its answer would have gone.
document.addEventListener('htmx:responseError', function (event) {
  var target = event.detail.target;
  if (target && target.dataset && target.dataset.error) {
    target.textContent = target.dataset.error;
    target.classList.add('text-danger');
  }
});
document.addEventListener('htmx:sendError', function (event) {
  var target = event.detail.target;
  if (target && target.dataset && target.dataset.error) {
    target.textContent = target.dataset.error;
    target.classList.add('text-danger');
  }
});

// A refused form comes back with what was typed into it (the server sends it as a JSON data block, see TypedInput):
// the form that was sent is found by its action (and, among forms with one action, by its hidden fields), its fields
// are filled again, and the refused ones are marked and the first of them focused.
(function () {
  var holder = document.getElementById('typed-input');
  if (!holder) {
    return;
  }
  var typed;
  try {
    typed = JSON.parse(holder.textContent);
  } catch (e) {
    return;
  }
  var values = typed.values || {};
  function pathOf(form) {
    return new URL(form.getAttribute('action') || window.location.href, window.location.href).pathname;
  }
  function sentBy(form) {
    return Array.prototype.every.call(form.elements, function (field) {
      return field.type !== 'hidden' || !field.name || field.name === '_csrf' || field.name === 'version'
        || !values[field.name] || values[field.name].indexOf(field.value) >= 0;
    });
  }
  var candidates = Array.prototype.filter.call(document.forms, function (form) {
    return (form.method || '').toLowerCase() === 'post' && pathOf(form) === typed.action;
  });
  var form = candidates.filter(sentBy)[0];
  if (!form) {
    return;
  }
  var used = {};
  Array.prototype.forEach.call(form.elements, function (field) {
    var name = field.name;
    if (!name || ['hidden', 'password', 'file', 'submit', 'button', 'reset'].indexOf(field.type) >= 0) {
      return;
    }
    var sent = values[name] || [];
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = sent.indexOf(field.value) >= 0;
    } else if (field.tagName === 'SELECT') {
      Array.prototype.forEach.call(field.options, function (option) {
        option.selected = sent.indexOf(option.value) >= 0;
      });
    } else {
      var index = used[name] || 0;
      if (index < sent.length) {
        field.value = sent[index];
      }
      used[name] = index + 1;
    }
  });
  var first = null;
  (typed.refused || []).forEach(function (name) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name === name && field.type !== 'hidden') {
        field.classList.add('is-invalid');
        field.setAttribute('aria-invalid', 'true');
        first = first || field;
      }
    });
  });
  if (first) {
    first.focus();
  }
})();

// An event's form: a person ticked among the search results joins those chosen, so that the next search keeps her.
document.addEventListener('change', function (event) {
  var box = event.target;
  var chosen = document.getElementById('invitees-chosen');
  if (box.matches && box.matches('input[data-invitee]') && box.checked && chosen) {
    box.removeAttribute('data-invitee');
    chosen.appendChild(box.closest('.form-check'));
  }
});

// A field longer than the server takes is stopped here, before the form is sent: refused by the server, the page
// with what she typed would be gone. The field is marked, the message says why, the text stays as it is.
document.addEventListener('submit', function (event) {
  var meta = document.querySelector('meta[name="text-longest"]');
  var form = event.target;
  if (!meta || !form || !form.elements) {
    return;
  }
  var longest = parseInt(meta.content, 10);
  for (var i = 0; i < form.elements.length; i++) {
    var field = form.elements[i];
    if (typeof field.value === 'string' && field.type !== 'file' && field.value.length > longest) {
      event.preventDefault();
      var shown = field.type === 'hidden' && field.previousElementSibling ? field.previousElementSibling : field;
      shown.classList.add('is-invalid');
      var note = document.getElementById('text-longest-note');
      if (!note) {
        note = document.createElement('div');
        note.id = 'text-longest-note';
        note.className = 'alert alert-danger mt-2';
        note.setAttribute('role', 'alert');
      }
      note.textContent = meta.dataset.message + ' (' + field.value.length.toLocaleString('ru-RU') + ')';
      shown.insertAdjacentElement('afterend', note);
      if (shown.focus) {
        shown.focus();
      }
      return;
    }
  }
}, true);

// An event's form: «all schools» says whom it invites there, as the audience chosen below it does («Все наставляемые
// территории», «Кураторы наставничества и директора всех школ территории»); the server renders the saved audience's
// words, and a form filled again from what was typed is followed too.
(function () {
  function follow() {
    var chosen = document.querySelector('input[name="audience"]:checked');
    if (!chosen) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-all-schools]'), function (words) {
      words.hidden = words.getAttribute('data-all-schools') !== chosen.value;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[name="audience"]')) {
      follow();
    }
  });
  follow();
})();
