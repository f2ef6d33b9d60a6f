using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Internal;
using TechAssist.Serialization.Converters;

namespace TechAssist.Checklists;

/// <summary>The identifier of an obstacle a State met in implementing a provision, such as <c>LIMITED_RESOURCES</c>.</summary>
/// <remarks>
/// <para>The codes are the user's own (any text of 1 to 100 characters without white space): the library ships no official list of obstacles, because none was verified, and a checklist answer keeps free text beside the codes. Compared ordinally (case matters).</para>
/// <para><c>default(ObstacleCode)</c> is not an identifier (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(ObstacleCodeJsonConverter))]
public readonly record struct ObstacleCode : IComparable<ObstacleCode>
{
    private readonly string? _value;

    private ObstacleCode(string value) => _value = value;

    /// <summary>The identifier's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is an identifier (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Returns the identifier <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long or has white space; the message says which.</exception>
    public static ObstacleCode From(string text) =>
        Check(text) is { } error ? throw new ArgumentException($"'{text}' is not an obstacle code: {error}.", nameof(text)) : new(text);

    /// <summary>Returns whether <paramref name="text"/> is a valid identifier.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? text, out ObstacleCode id)
    {
        id = Check(text) is null ? new(text!) : default;
        return id.IsValid;
    }

    /// <inheritdoc />
    public int CompareTo(ObstacleCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <(ObstacleCode left, ObstacleCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >(ObstacleCode left, ObstacleCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <=(ObstacleCode left, ObstacleCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >=(ObstacleCode left, ObstacleCode right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    public override string ToString() => Value;

    /// <summary>Null when <paramref name="text"/> is a valid identifier, else what is wrong with it.</summary>
    internal static string? Check(string? text) => Identifier.Check(text);
}
