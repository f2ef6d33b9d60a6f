using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text;
using TechAssist.Serialization.Converters;

namespace TechAssist.Convention;

/// <summary>
/// A reference to a provision of the Convention: an article, optionally narrowed to a paragraph,
/// a subparagraph and a clause, as the Convention numbers them: <c>16</c>, <c>16(2)</c>, <c>52(1)(a)</c>, <c>46(9)(b)(ii)</c>.
/// </summary>
/// <remarks>
/// <para>The article is checked against the Convention (1 to 71). Paragraphs are positive numbers, subparagraphs single
/// letters <c>a</c> to <c>z</c>, clauses Roman numerals <c>i</c> to <c>xx</c>. The library has no table of how many
/// paragraphs each article has, so <c>16(9)</c> parses although article 16 has two paragraphs.</para>
/// <para>Ordering follows the Convention's own order: article, then paragraph, subparagraph and clause, a provision
/// before the provisions below it.</para>
/// <para><c>default(ProvisionReference)</c> names no article (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(ProvisionReferenceJsonConverter))]
public readonly record struct ProvisionReference : IComparable<ProvisionReference>
{
    private const string Expected =
        "expected an article number from 1 to 71 followed by up to three parts in parentheses: a paragraph number, a subparagraph letter and a clause in Roman numerals, such as 16, 16(2), 52(1)(a) or 46(9)(b)(ii)";

    private const int MaxClause = 20;

    private readonly byte _article;
    private readonly byte _paragraph;
    private readonly byte _subparagraph;
    private readonly byte _clause;

    private ProvisionReference(int article, int paragraph, int subparagraph, int clause)
    {
        _article = (byte)article;
        _paragraph = (byte)paragraph;
        _subparagraph = (byte)subparagraph;
        _clause = (byte)clause;
    }

    /// <summary>The article.</summary>
    public ArticleNumber Article => ArticleNumber.TryFrom(_article, out var article) ? article : default;

    /// <summary>The paragraph number, or null for a reference to a whole article.</summary>
    public int? Paragraph => _paragraph == 0 ? null : _paragraph;

    /// <summary>The subparagraph letter (<c>a</c> to <c>z</c>), or null.</summary>
    public char? Subparagraph => _subparagraph == 0 ? null : (char)('a' + _subparagraph - 1);

    /// <summary>The clause number (1 for <c>i</c>, 2 for <c>ii</c>...), or null.</summary>
    public int? Clause => _clause == 0 ? null : _clause;

    /// <summary>How many levels below the article this reference goes: 0 for an article, 3 for a clause.</summary>
    public int Depth => _clause != 0 ? 3 : _subparagraph != 0 ? 2 : _paragraph != 0 ? 1 : 0;

    /// <summary>Whether this reference names a whole article.</summary>
    public bool IsWholeArticle => Depth == 0;

    /// <summary>Whether this value names a provision (false only for <c>default</c>).</summary>
    public bool IsValid => _article != 0;

    /// <summary>The reference one level up (<c>52(1)</c> for <c>52(1)(a)</c>); a whole article is its own parent.</summary>
    public ProvisionReference Parent => Depth switch
    {
        3 => new(_article, _paragraph, _subparagraph, 0),
        2 => new(_article, _paragraph, 0, 0),
        1 => new(_article, 0, 0, 0),
        _ => this,
    };

    /// <summary>The compact code, for example <c>52(1)(a)</c>: the form used in JSON and CSV.</summary>
    public string Code
    {
        get
        {
            if (!IsValid)
            {
                return "0";
            }

            var builder = new StringBuilder(16).Append(_article.ToString(CultureInfo.InvariantCulture));
            if (_paragraph != 0)
            {
                builder.Append('(').Append(_paragraph.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            if (_subparagraph != 0)
            {
                builder.Append('(').Append(Subparagraph!.Value).Append(')');
            }

            if (_clause != 0)
            {
                builder.Append('(').Append(RomanNumeral.ToLower(_clause)).Append(')');
            }

            return builder.ToString();
        }
    }

    /// <summary>A reference to a whole article.</summary>
    public static ProvisionReference ForArticle(ArticleNumber article)
    {
        if (!article.IsValid)
        {
            throw new ArgumentException("default(ArticleNumber) names no article.", nameof(article));
        }

        return new(article.Value, 0, 0, 0);
    }

    /// <summary>A reference to a paragraph, and optionally a subparagraph and a clause, of an article.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of its range, or a clause is given without a subparagraph.</exception>
    public static ProvisionReference From(int article, int? paragraph = null, char? subparagraph = null, int? clause = null)
    {
        if (!ArticleNumber.TryFrom(article, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(article), article, ArticleNumber.DescribeInvalid(article));
        }

        if (paragraph is < 1 or > byte.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, "A paragraph number is from 1 to 255.");
        }

        if (subparagraph is not null and not (>= 'a' and <= 'z'))
        {
            throw new ArgumentOutOfRangeException(nameof(subparagraph), subparagraph, "A subparagraph is a letter from 'a' to 'z'.");
        }

        if (clause is < 1 or > MaxClause)
        {
            throw new ArgumentOutOfRangeException(nameof(clause), clause, $"A clause is numbered from 1 (i) to {MaxClause} (xx).");
        }

        if ((subparagraph is not null && paragraph is null) || (clause is not null && subparagraph is null))
        {
            throw new ArgumentOutOfRangeException(nameof(clause), "A subparagraph needs a paragraph, and a clause needs a subparagraph.");
        }

        return new(article, paragraph ?? 0, subparagraph is null ? 0 : subparagraph.Value - 'a' + 1, clause ?? 0);
    }

    /// <summary>Parses a reference such as <c>16</c>, <c>16(2)</c>, <c>52(1)(a)</c> or <c>Art. 52(1)(a)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a reference to a provision of the Convention; the message names the text, says what is wrong and what is valid.</exception>
    public static ProvisionReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var provision, out var error)
            ? provision
            : throw new FormatException($"'{text}' is not a provision of the Convention: {error}; {Expected}.");
    }

    /// <summary>Parses a reference; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProvisionReference provision) =>
        TryParse(text, out provision, out _);

    /// <summary>Parses a reference; on failure, <paramref name="error"/> says what is wrong (without the text itself).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProvisionReference provision, [NotNullWhen(false)] out string? error)
    {
        provision = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the text is empty";
            return false;
        }

        var span = StripArticlePrefix(text.AsSpan().Trim());
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            error = "it does not start with an article number";
            return false;
        }

        if (digits > 3 || !ArticleNumber.TryFrom(int.Parse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture), out var article))
        {
            error = $"article {span[..digits].ToString()} does not exist";
            return false;
        }

        Span<int> parts = stackalloc int[3];
        var count = 0;
        var rest = span[digits..];
        while (!rest.IsEmpty)
        {
            if (rest[0] != '(')
            {
                error = $"'{rest[0]}' is not expected after '{span[..(span.Length - rest.Length)].ToString()}'";
                return false;
            }

            var close = rest.IndexOf(')');
            if (close < 0)
            {
                error = "a parenthesis is opened and not closed";
                return false;
            }

            if (count == 3)
            {
                error = "it has more than three parts below the article";
                return false;
            }

            var part = rest[1..close];
            if (!TryParsePart(part, count, out parts[count]))
            {
                error = count switch
                {
                    0 => $"'({part.ToString()})' is not a paragraph number from 1 to 255",
                    1 => $"'({part.ToString()})' is not a subparagraph letter from a to z",
                    _ => $"'({part.ToString()})' is not a clause in Roman numerals from i to xx",
                };
                return false;
            }

            count++;
            rest = rest[(close + 1)..];
        }

        provision = new ProvisionReference(article.Value, parts[0], parts[1], parts[2]);
        error = null;
        return true;
    }

    /// <summary>Whether this provision is <paramref name="other"/> or lies within it (<c>52(1)(a)</c> lies within <c>52</c> and <c>52(1)</c>).</summary>
    public bool IsWithin(ProvisionReference other)
    {
        if (_article != other._article)
        {
            return false;
        }

        return (other._paragraph == 0 || other._paragraph == _paragraph)
            && (other._subparagraph == 0 || other._subparagraph == _subparagraph)
            && (other._clause == 0 || other._clause == _clause);
    }

    /// <inheritdoc />
    public int CompareTo(ProvisionReference other)
    {
        var result = _article.CompareTo(other._article);
        if (result == 0)
        {
            result = _paragraph.CompareTo(other._paragraph);
        }

        if (result == 0)
        {
            result = _subparagraph.CompareTo(other._subparagraph);
        }

        return result == 0 ? _clause.CompareTo(other._clause) : result;
    }

    /// <summary>Compares two references in the Convention's order.</summary>
    public static bool operator <(ProvisionReference left, ProvisionReference right) => left.CompareTo(right) < 0;

    /// <summary>Compares two references in the Convention's order.</summary>
    public static bool operator >(ProvisionReference left, ProvisionReference right) => left.CompareTo(right) > 0;

    /// <summary>Compares two references in the Convention's order.</summary>
    public static bool operator <=(ProvisionReference left, ProvisionReference right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two references in the Convention's order.</summary>
    public static bool operator >=(ProvisionReference left, ProvisionReference right) => left.CompareTo(right) >= 0;

    /// <summary>A whole-article reference for <paramref name="article"/>.</summary>
    public static implicit operator ProvisionReference(ArticleNumber article) => ForArticle(article);

    /// <summary>The reference as people cite it, for example <c>Art. 52(1)(a)</c>; see <see cref="Code"/> for the compact form.</summary>
    public override string ToString() => "Art. " + Code;

    private static ReadOnlySpan<char> StripArticlePrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["article", "art.", "art"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].TrimStart();
            }
        }

        return text;
    }

    private static bool TryParsePart(ReadOnlySpan<char> part, int level, out int value)
    {
        value = 0;
        switch (level)
        {
            case 0:
                return part.Length is > 0 and <= 3
                    && !part.ContainsAnyExceptInRange('0', '9')
                    && (value = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)) is >= 1 and <= byte.MaxValue;
            case 1:
                if (part.Length == 1 && part[0] is >= 'a' and <= 'z')
                {
                    value = part[0] - 'a' + 1;
                    return true;
                }

                return false;
            default:
                value = RomanNumeral.ParseLower(part);
                return value is >= 1 and <= MaxClause;
        }
    }
}
