using System.Collections.Immutable;

namespace TechAssist.Convention;

/// <summary>Lower-case Roman numerals for the clause level of provision references (i to xx).</summary>
internal static class RomanNumeral
{
    private static readonly ImmutableArray<string> Numerals =
    [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];

    internal static string ToLower(int value) => Numerals[value - 1];

    /// <summary>The value of a numeral from i to xx, or 0 when it is not one.</summary>
    internal static int ParseLower(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < Numerals.Length; i++)
        {
            if (text.SequenceEqual(Numerals[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
