namespace TechAssist.Matching.Reporting;

/// <summary>The report's only style sheet, inline so that the file needs no network.</summary>
/// <remarks>Colour only repeats what the text of every cell says (symbol, counts, status), so print in black and white loses nothing.</remarks>
internal static class ReportStyles
{
    internal const string Css = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-top: 1.2rem; }
.meta { color: #444; margin: 0.2rem 0; }
.illustrative { border: 2px solid #8a6d00; background: #fff6d6; padding: 0.4rem 0.6rem; font-weight: bold; }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #888; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.scroll { overflow-x: auto; }
.heatmap td { text-align: center; white-space: nowrap; min-width: 3.2rem; }
.heatmap td.empty { background: #fff; color: #999; }
.c0 { background: #f4a582; }
.c1 { background: #fddbc7; }
.c2 { background: #fff3b0; }
.c3 { background: #b8e0b0; }
.supply { background: #c6d4ef; }
.dup { outline: 3px dashed #7a0000; outline-offset: -3px; font-weight: bold; }
.legend td { text-align: left; }
.num { text-align: right; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; }
@media print {
  body { margin: 0; font-size: 10pt; }
  nav { display: none; }
  .scroll { overflow: visible; }
  section { break-inside: avoid-page; }
  td, th, .illustrative { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
""";
}
