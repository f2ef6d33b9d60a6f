using System.Globalization;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.Convention;

/// <summary>The number of an article of the Convention, from 1 to 71.</summary>
/// <remarks>
/// <para>The range is the Convention's own: every value of this type names an article that exists.</para>
/// <para><c>default(ArticleNumber)</c> has the value 0 and names no article; the library's validating
/// boundaries (parsing, JSON, construction of the model types) reject it.</para>
/// </remarks>
[JsonConverter(typeof(ArticleNumberJsonConverter))]
public readonly record struct ArticleNumber : IComparable<ArticleNumber>
{
    /// <summary>The first article, "Statement of purpose".</summary>
    public static readonly ArticleNumber First = new(MinValue);

    /// <summary>The last article, "Depositary and languages".</summary>
    public static readonly ArticleNumber Last = new(MaxValue);

    internal const int MinValue = 1;
    internal const int MaxValue = 71;

    private readonly byte _value;

    private ArticleNumber(int value) => _value = (byte)value;

    /// <summary>The article's number, from 1 to 71 (0 only for <c>default</c>).</summary>
    public int Value => _value;

    /// <summary>Whether this value names an article (false only for <c>default</c>).</summary>
    public bool IsValid => _value != 0;

    /// <summary>Returns the article number <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Convention has no article with that number.</exception>
    public static ArticleNumber From(int value)
    {
        if (!TryFrom(value, out var article))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, DescribeInvalid(value));
        }

        return article;
    }

    /// <summary>Returns whether <paramref name="value"/> is the number of an article of the Convention.</summary>
    public static bool TryFrom(int value, out ArticleNumber article)
    {
        if (value is < MinValue or > MaxValue)
        {
            article = default;
            return false;
        }

        article = new ArticleNumber(value);
        return true;
    }

    /// <summary>Parses an article number written as digits (<c>"16"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an article number from 1 to 71; the message names the text.</exception>
    public static ArticleNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var article))
        {
            throw new FormatException($"'{text}' is not an article of the Convention: expected a number from {MinValue} to {MaxValue}.");
        }

        return article;
    }

    /// <summary>Parses an article number written as digits; returns false instead of throwing.</summary>
    public static bool TryParse(string? text, out ArticleNumber article)
    {
        article = default;
        return text is not null
            && text.Length is > 0 and <= 3
            && text.All(char.IsAsciiDigit)
            && TryFrom(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), out article);
    }

    /// <inheritdoc />
    public int CompareTo(ArticleNumber other) => _value.CompareTo(other._value);

    /// <summary>Compares two article numbers.</summary>
    public static bool operator <(ArticleNumber left, ArticleNumber right) => left.CompareTo(right) < 0;

    /// <summary>Compares two article numbers.</summary>
    public static bool operator >(ArticleNumber left, ArticleNumber right) => left.CompareTo(right) > 0;

    /// <summary>Compares two article numbers.</summary>
    public static bool operator <=(ArticleNumber left, ArticleNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two article numbers.</summary>
    public static bool operator >=(ArticleNumber left, ArticleNumber right) => left.CompareTo(right) >= 0;

    /// <summary>The number as digits, for example <c>16</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    internal static string DescribeInvalid(int value) =>
        $"Article {value.ToString(CultureInfo.InvariantCulture)} does not exist: the Convention has articles {MinValue} to {MaxValue}.";
}
