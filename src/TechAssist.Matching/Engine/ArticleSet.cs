using TechAssist.Convention;

namespace TechAssist.Matching.Engine;

/// <summary>A set of articles as a 128-bit mask: bit n is article n (1 to 71).</summary>
internal readonly record struct ArticleSet(UInt128 Bits)
{
    internal bool Contains(ArticleNumber article) => ((Bits >> article.Value) & UInt128.One) != UInt128.Zero;

    internal ArticleSet With(ArticleNumber article) => new(Bits | (UInt128.One << article.Value));

    internal ArticleSet Union(ArticleSet other) => new(Bits | other.Bits);

    internal IEnumerable<ArticleNumber> Articles()
    {
        for (var n = 1; n <= 71; n++)
        {
            if (((Bits >> n) & UInt128.One) != UInt128.Zero)
            {
                yield return ArticleNumber.From(n);
            }
        }
    }
}
