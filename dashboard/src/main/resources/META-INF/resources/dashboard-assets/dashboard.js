// The dashboard's little behaviour: sorting and filtering the overview, live updates over SSE, the charts.
// Every number comes rendered from the server; this only reorders, hides and replaces rows.
(function () {
  'use strict';

  function rowsOf(table) { return Array.from(table.tBodies[0].rows).filter(function (r) { return r.dataset.key; }); }

  function sortValue(row, column) {
    var cell = row.cells[column];
    return column === 0 ? cell.textContent.trim() : (cell.dataset.sort || '');
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b, 'nl');
  }

  function applySort(table) {
    var column = Number(table.dataset.sortColumn);
    if (isNaN(column) || table.dataset.sortColumn === undefined) { return; }
    var direction = table.dataset.sortDirection === 'descending' ? -1 : 1;
    var body = table.tBodies[0];
    rowsOf(table).sort(function (a, b) { return direction * compare(sortValue(a, column), sortValue(b, column)); })
      .forEach(function (row) { body.appendChild(row); });
    Array.from(table.tHead.rows[0].cells).forEach(function (th, i) {
      th.setAttribute('aria-sort', i === column ? table.dataset.sortDirection : 'none');
    });
  }

  function setUpSorting(table) {
    table.querySelectorAll('button.sort').forEach(function (button) {
      button.addEventListener('click', function () {
        var column = button.dataset.column;
        var ascending = table.dataset.sortColumn === column && table.dataset.sortDirection === 'ascending';
        table.dataset.sortColumn = column;
        table.dataset.sortDirection = ascending ? 'descending' : 'ascending';
        applySort(table);
        announce(button.textContent + (ascending ? ', aflopend gesorteerd' : ', oplopend gesorteerd'));
      });
    });
  }

  function announce(text) {
    var status = document.getElementById('status');
    if (status) { status.textContent = text; }
  }

  function applyFilter(table) {
    var text = (document.querySelector('[data-filter="' + table.id + '"]') || {}).value || '';
    var colour = (document.querySelector('[data-schedule-filter="' + table.id + '"]') || {}).value || '';
    var shown = 0;
    rowsOf(table).forEach(function (row) {
      var nameMatches = row.cells[0].textContent.toLowerCase().indexOf(text.trim().toLowerCase()) >= 0;
      var colourCell = row.querySelector('td.schemakleur');
      var colourMatches = !colour || (colourCell && colourCell.textContent.trim() === colour);
      row.hidden = !(nameMatches && colourMatches);
      if (!row.hidden) { shown++; }
    });
    return shown;
  }

  function setUpFilter(table) {
    ['[data-filter="' + table.id + '"]', '[data-schedule-filter="' + table.id + '"]'].forEach(function (selector) {
      var control = document.querySelector(selector);
      if (control) {
        // A select says its choice by 'change' in every browser (and in WebDriver), 'input' not in all.
        ['input', 'change'].forEach(function (type) {
          control.addEventListener(type, function () { announce(applyFilter(table) + ' gemeenten getoond'); });
        });
      }
    });
  }

  function setUpLive(container) {
    if (!window.EventSource) { return; }
    var table = container.querySelector('table');
    var source = new EventSource(container.dataset.live);
    source.addEventListener('verbonden', function () { container.dataset.state = 'verbonden'; });
    source.addEventListener('gewijzigd', function (event) {
      var code = event.data;
      fetch(container.dataset.row + encodeURIComponent(code) + '?periode=' + encodeURIComponent(container.dataset.period)
        + (container.dataset.kaart ? '&kaart=' + encodeURIComponent(container.dataset.kaart) : ''),
        { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (!html) { return; }
          var fragment = document.createElement('template');
          fragment.innerHTML = html;
          var newRow = fragment.content.querySelector('tbody tr');
          var oldRow = table.querySelector('tbody tr[data-key="' + code + '"]');
          if (newRow && oldRow) {
            newRow.classList.add('bijgewerkt');
            oldRow.replaceWith(newRow);
          }
          var newTotals = fragment.content.querySelector('tfoot tr');
          var oldTotals = table.querySelector('tfoot tr');
          if (newTotals && oldTotals) { oldTotals.replaceWith(newTotals); }
          applySort(table);
          applyFilter(table);
          container.dataset.updates = String(Number(container.dataset.updates || 0) + 1);
          announce('Cijfers van ' + newRow.cells[0].textContent.trim() + ' bijgewerkt');
        });
    });
    source.onerror = function () { container.dataset.state = 'opnieuw verbinden'; };
  }

  function setUpChart(canvas) {
    if (!window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.chart);
    var months = canvas.dataset.kind === 'maanden';
    new window.Chart(canvas, {
      type: months || canvas.dataset.kind === 'provincie' ? 'bar' : 'line',
      data: {
        labels: months ? data.maanden : data.peildata,
        datasets: [{
          label: months ? 'Gehuisvest per maand' : 'Achterstand op de peildatum',
          data: months ? data.gehuisvest : data.achterstand,
          backgroundColor: months ? '#2f6f9f' : '#b3541e', borderColor: months ? '#2f6f9f' : '#b3541e'
        }]
      },
      options: { locale: 'nl-NL', animation: false, responsive: true, maintainAspectRatio: false }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.sortable').forEach(function (table) { setUpSorting(table); setUpFilter(table); });
    document.querySelectorAll('[data-live]').forEach(setUpLive);
    document.querySelectorAll('canvas[data-chart]').forEach(setUpChart);
  });
  // The map: the name and figures of the municipality under the pointer or the focus, also for who cannot hover.
  document.querySelectorAll('.kaart-svg').forEach(function (map) {
    var info = document.getElementById('kaart-info');
    function show(event) {
      var area = event.target.closest ? event.target.closest('a.gebied') : null;
      if (area && info) { info.textContent = area.getAttribute('aria-label'); }
    }
    map.addEventListener('mouseover', show);
    map.addEventListener('focusin', show);
  });
})();
