// The little JavaScript VAPath needs: more rows in a list, and printing. Everything works without it.
function addRow(body) {
  const last = body.lastElementChild;
  const next = body.children.length;
  const row = last.cloneNode(true);
  row.querySelector('th').textContent = String(next + 1);
  row.querySelectorAll('input, select').forEach((field) => {
    field.name = field.name.replace(/\[\d+\]/, `[${next}]`);
    field.id = field.id.replace(/-\d+-/, `-${next}-`);
    field.setAttribute('aria-label', field.getAttribute('aria-label').replace(/ \d+:/, ` ${next + 1}:`));
    field.removeAttribute('aria-invalid');
    if (field.tagName === 'SELECT') { field.selectedIndex = 0; } else { field.value = ''; }
  });
  row.querySelectorAll('.field-error').forEach((p) => p.remove());
  body.appendChild(row);
  return row;
}
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('button.add-row').forEach((button) => {
    button.addEventListener('click', () => {
      // a list shown in several tables (the fractures) grows in each, so that row n stays fracture n
      let first = null;
      document.querySelectorAll(`table[data-rows="${button.dataset.rows}"] tbody`).forEach((body) => {
        const row = addRow(body);
        if (body.closest('fieldset') === button.closest('fieldset')) { first = row; }
      });
      if (first) { first.querySelector('input, select').focus(); }
    });
  });
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
});
