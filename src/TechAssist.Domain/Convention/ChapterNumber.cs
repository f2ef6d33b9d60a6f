using System.Collections.Immutable;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.Convention;

/// <summary>The number of a chapter of the Convention, I to VIII.</summary>
/// <remarks><c>default(ChapterNumber)</c> has the value 0 and names no chapter; validating boundaries reject it.</remarks>
[JsonConverter(typeof(ChapterNumberJsonConverter))]
public readonly record struct ChapterNumber : IComparable<ChapterNumber>
{
    private static readonly ImmutableArray<string> RomanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    internal const int MinValue = 1;
    internal const int MaxValue = 8;

    private readonly byte _value;

    private ChapterNumber(int value) => _value = (byte)value;

    /// <summary>Chapter I, General provisions.</summary>
    public static ChapterNumber I => new(1);

    /// <summary>Chapter II, Preventive measures.</summary>
    public static ChapterNumber II => new(2);

    /// <summary>Chapter III, Criminalization and law enforcement.</summary>
    public static ChapterNumber III => new(3);

    /// <summary>Chapter IV, International cooperation.</summary>
    public static ChapterNumber IV => new(4);

    /// <summary>Chapter V, Asset recovery.</summary>
    public static ChapterNumber V => new(5);

    /// <summary>Chapter VI, Technical assistance and information exchange.</summary>
    public static ChapterNumber VI => new(6);

    /// <summary>Chapter VII, Mechanisms for implementation.</summary>
    public static ChapterNumber VII => new(7);

    /// <summary>Chapter VIII, Final provisions.</summary>
    public static ChapterNumber VIII => new(8);

    /// <summary>The chapter's number, from 1 to 8 (0 only for <c>default</c>).</summary>
    public int Value => _value;

    /// <summary>Whether this value names a chapter (false only for <c>default</c>).</summary>
    public bool IsValid => _value != 0;

    /// <summary>Returns chapter number <paramref name="value"/> (1 to 8).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Convention has no such chapter.</exception>
    public static ChapterNumber From(int value)
    {
        if (!TryFrom(value, out var chapter))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Chapter {value} does not exist: the Convention has chapters 1 to 8 (I to VIII).");
        }

        return chapter;
    }

    /// <summary>Returns whether <paramref name="value"/> is a chapter number (1 to 8).</summary>
    public static bool TryFrom(int value, out ChapterNumber chapter)
    {
        chapter = value is >= MinValue and <= MaxValue ? new ChapterNumber(value) : default;
        return chapter.IsValid;
    }

    /// <summary>Parses a chapter written in Roman numerals (<c>"III"</c>) or digits (<c>"3"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text names no chapter; the message names the text.</exception>
    public static ChapterNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var chapter)
            ? chapter
            : throw new FormatException($"'{text}' is not a chapter of the Convention: expected I to VIII (or 1 to 8).");
    }

    /// <summary>Parses a chapter written in Roman numerals or digits; returns false instead of throwing.</summary>
    public static bool TryParse(string? text, out ChapterNumber chapter)
    {
        chapter = default;
        if (text is null)
        {
            return false;
        }

        var index = RomanNumerals.IndexOf(text.Trim().ToUpperInvariant());
        if (index >= 0)
        {
            chapter = new ChapterNumber(index + 1);
            return true;
        }

        return text.Length == 1 && char.IsAsciiDigit(text[0]) && TryFrom(text[0] - '0', out chapter);
    }

    /// <inheritdoc />
    public int CompareTo(ChapterNumber other) => _value.CompareTo(other._value);

    /// <summary>Compares two chapter numbers.</summary>
    public static bool operator <(ChapterNumber left, ChapterNumber right) => left.CompareTo(right) < 0;

    /// <summary>Compares two chapter numbers.</summary>
    public static bool operator >(ChapterNumber left, ChapterNumber right) => left.CompareTo(right) > 0;

    /// <summary>Compares two chapter numbers.</summary>
    public static bool operator <=(ChapterNumber left, ChapterNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two chapter numbers.</summary>
    public static bool operator >=(ChapterNumber left, ChapterNumber right) => left.CompareTo(right) >= 0;

    /// <summary>The chapter in Roman numerals, as the Convention writes it (<c>III</c>); <c>0</c> for <c>default</c>.</summary>
    public override string ToString() => IsValid ? RomanNumerals[_value - 1] : "0";
}
