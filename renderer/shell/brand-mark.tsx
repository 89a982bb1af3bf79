// Runs in the renderer: the app's mark beside its name, a folded briefing sheet.
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="brand-mark-tile" />
      <path d="M10 8h9l4 4v12H10z" className="brand-mark-sheet" />
      <path d="M13.5 15h6M13.5 18h6M13.5 21h3.5" className="brand-mark-lines" />
    </svg>
  );
}
