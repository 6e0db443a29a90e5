// The search page's behaviour: reads ?q=, ?department= and ?type=, queries the index built at publish time, lists the hits.
/* Hits are built with createElement and textContent only: names and codes come from spreadsheets, so no indexed
   text is ever parsed as markup. A classic script so that it runs on pages opened from disk (file://). */
(function () {
  'use strict';
  var SHOWN = 100;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var department = document.getElementById('search-department');
  var actType = document.getElementById('search-type');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !department || !actType || !status || !list) return;

  var core = window.QuanzeSearchCore;
  var data = window.QuanzeSearchData;
  if (!core || !data || typeof window.MiniSearch !== 'function') {
    status.textContent = '搜索索引未能加载：请确认 search/ 文件夹与本页一同发布。';
    return;
  }
  var engine = core.createEngine(window.MiniSearch, data);

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  /* A filter value not among the options (an old link) selects nothing rather than filtering everything out. */
  var choose = function (select, value) {
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) select.selectedIndex = i;
  };
  choose(department, params.get('department') || '');
  choose(actType, params.get('type') || '');

  function hit(h) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = h.url;
    a.textContent = h.name;
    var meta = document.createElement('span');
    meta.className = 'search-meta';
    meta.textContent = h.code + ' · ' + h.actType + ' · ' + h.department;
    li.appendChild(a);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(meta);
    return li;
  }

  function show() {
    var q = input.value.trim();
    var filters = { department: department.value, actType: actType.value };
    while (list.firstChild) list.removeChild(list.firstChild);
    if (q === '' && !filters.department && !filters.actType) {
      status.textContent = '共 ' + engine.size + ' 项事项。输入名称、编码或关键词，或选择部门、事项类型。';
      return;
    }
    var result = engine.query(q, filters, SHOWN);
    for (var i = 0; i < result.hits.length; i++) list.appendChild(hit(result.hits[i]));
    status.textContent = result.total === 0
      ? '没有找到相符的事项。'
      : '找到 ' + result.total + ' 项' + (result.total > SHOWN ? '，显示前 ' + SHOWN + ' 项' : '') + '。';
  }

  /* Keep the address in step with the form so a search can be bookmarked; file:// pages may refuse, which is harmless. */
  function remember() {
    var next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (department.value) next.set('department', department.value);
    if (actType.value) next.set('type', actType.value);
    var search = next.toString();
    try {
      window.history.replaceState(null, '', search ? '?' + search : window.location.pathname);
    } catch (e) {
      /* ignored: the results are shown all the same */
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    remember();
    show();
  });
  department.addEventListener('change', function () { remember(); show(); });
  actType.addEventListener('change', function () { remember(); show(); });
  var timer = 0;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(show, 150);
  });
  show();
})();
