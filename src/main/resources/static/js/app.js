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
