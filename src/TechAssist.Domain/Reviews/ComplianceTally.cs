using TechAssist.Checklists;

namespace TechAssist.Reviews;

/// <summary>How many States answered each compliance level for a provision, overall or in one group.</summary>
public sealed record ComplianceTally
{
    /// <summary>States that comply fully.</summary>
    public int Full { get; init; }

    /// <summary>States that comply in part.</summary>
    public int Partial { get; init; }

    /// <summary>States that do not comply.</summary>
    public int None { get; init; }

    /// <summary>States for which the provision does not apply.</summary>
    public int NotApplicable { get; init; }

    /// <summary>All the States that answered.</summary>
    public int Total => Full + Partial + None + NotApplicable;

    /// <summary>The count for <paramref name="compliance"/>.</summary>
    public int this[Compliance compliance] => compliance switch
    {
        Compliance.Full => Full,
        Compliance.Partial => Partial,
        Compliance.None => None,
        Compliance.NotApplicable => NotApplicable,
        _ => 0,
    };

    internal static ComplianceTally Of(IEnumerable<Compliance> answers)
    {
        var list = answers.ToList();
        return new ComplianceTally
        {
            Full = list.Count(c => c == Compliance.Full),
            Partial = list.Count(c => c == Compliance.Partial),
            None = list.Count(c => c == Compliance.None),
            NotApplicable = list.Count(c => c == Compliance.NotApplicable),
        };
    }
}
