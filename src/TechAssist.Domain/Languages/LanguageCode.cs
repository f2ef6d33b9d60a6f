using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.Languages;

/// <summary>An ISO 639-1 two-letter language code, such as <c>en</c>, <c>fr</c> or <c>ar</c>.</summary>
/// <remarks>
/// <para>The code is checked for form (two letters a to z, lower-cased on input), not against the ISO list. Needs,
/// offerings, experts and knowledge resources all state their languages with it.</para>
/// <para><c>default(LanguageCode)</c> is not a code (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(LanguageCodeJsonConverter))]
public readonly record struct LanguageCode : IComparable<LanguageCode>
{
    private readonly string? _value;

    private LanguageCode(string value) => _value = value;

    /// <summary>English (<c>en</c>).</summary>
    public static LanguageCode English => new("en");

    /// <summary>French (<c>fr</c>).</summary>
    public static LanguageCode French => new("fr");

    /// <summary>Spanish (<c>es</c>).</summary>
    public static LanguageCode Spanish => new("es");

    /// <summary>The two lower-case letters, or the empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is a code (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Parses a two-letter code; upper case is accepted and lower-cased.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two letters; the message names it.</exception>
    public static LanguageCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 639-1 language code: expected two letters a to z, such as en.");
    }

    /// <summary>Parses a two-letter code; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageCode code)
    {
        code = default;
        if (text is not { Length: 2 } || !text.All(char.IsAsciiLetter))
        {
            return false;
        }

        code = new LanguageCode(text.ToLowerInvariant());
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(LanguageCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <(LanguageCode left, LanguageCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >(LanguageCode left, LanguageCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <=(LanguageCode left, LanguageCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >=(LanguageCode left, LanguageCode right) => left.CompareTo(right) >= 0;

    /// <summary>The code, for example <c>en</c>.</summary>
    public override string ToString() => Value;
}
