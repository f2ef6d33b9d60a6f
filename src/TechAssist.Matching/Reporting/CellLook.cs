using TechAssist.Matching.Matrix;

namespace TechAssist.Matching.Reporting;

/// <summary>How a matrix cell looks: a colour class for coverage and a symbol that says the same without colour.</summary>
internal static class CellLook
{
    internal static string Symbol(CellStatus status) => status switch
    {
        CellStatus.Unmet => "✗",
        CellStatus.PartiallyMet => "◐",
        CellStatus.Met => "✓",
        CellStatus.Duplicated => "⚠",
        _ => "+",
    };

    internal static string Label(CellStatus status) => status switch
    {
        CellStatus.Unmet => "unmet",
        CellStatus.PartiallyMet => "partially met",
        CellStatus.Met => "met",
        CellStatus.Duplicated => "duplicated",
        _ => "oversupplied",
    };

    /// <summary>The colour class: coverage (served / needs) in four steps; supply without demand apart.</summary>
    internal static string CssClass(MatrixCell cell)
    {
        var coverage = cell.Needs == 0 ? "supply"
            : cell.Served == 0 ? "c0"
            : cell.Served * 2 < cell.Needs ? "c1"
            : cell.Served < cell.Needs ? "c2"
            : "c3";
        return cell.Status == CellStatus.Duplicated ? coverage + " dup" : coverage;
    }
}
